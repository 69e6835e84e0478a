"""icalendar_check parses an iCalendar file with Python's icalendar (Debian python3-icalendar)
and prints, for every VEVENT, its start converted to local time in its TZID and to UTC:
    EVENT <uid> <local start> <tzid> <utc start>
    DESC <uid> <description, newlines as \\n>
Parse errors icalendar records on a component are printed as ERROR lines and make the exit
status 1. Usage: python3 icalendar_check.py file.ics"""
import datetime
import sys

import icalendar


def main(path):
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    errors = 0
    for comp in cal.walk():
        for prop, message in comp.errors:
            print("ERROR %s %s: %s" % (comp.name, prop, message))
            errors += 1
    for ev in cal.walk("VEVENT"):
        uid = str(ev["UID"])
        start = ev.decoded("DTSTART")
        if not isinstance(start, datetime.datetime):
            print("EVENT %s %s DATE -" % (uid, start.isoformat()))
        elif start.tzinfo is None:
            print("ERROR %s: floating DTSTART" % uid)
            errors += 1
        else:
            tzid = ev["DTSTART"].params.get("TZID", "UTC")
            utc = start.astimezone(datetime.timezone.utc)
            print("EVENT %s %s %s %sZ" % (uid, start.strftime("%Y-%m-%dT%H:%M:%S"), tzid,
                                          utc.strftime("%Y-%m-%dT%H:%M:%S")))
        desc = str(ev.get("DESCRIPTION", ""))
        print("DESC %s %s" % (uid, desc.replace("\n", "\\n")))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
