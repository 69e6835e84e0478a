"""icalendar_check parses an iCalendar file with Python's icalendar (Debian python3-icalendar)
and prints the calendar's METHOD, if any, and for every VEVENT its start converted to local
time in its TZID and to UTC, its SEQUENCE and STATUS ("-" when absent) and its description:
    METHOD <method>
    EVENT <uid> <local start> <tzid> <utc start> <sequence> <status>
    DESC <uid> <description, newlines as \\n, backslashes as \\\\>
Parse errors icalendar records on a component, a TZID without a VTIMEZONE and a VTIMEZONE
that disagrees with the tz database about the start are printed as ERROR lines and make the
exit status 1. Usage: python3 icalendar_check.py file.ics"""
import datetime
import sys

import icalendar


def check_zone(zones, uid, tzid, start, utc):
    """icalendar reads a TZID it knows with its own tz database and ignores the file's
    VTIMEZONE, which other calendars rely on: check that the file has one and that it puts
    the start at the same instant. Returns the number of errors printed."""
    if tzid == "UTC":
        return 0
    if tzid not in zones:
        print("ERROR %s: no VTIMEZONE %s in the file" % (uid, tzid))
        return 1
    own = zones[tzid].to_tz().localize(start.replace(tzinfo=None)).astimezone(datetime.timezone.utc)
    if own != utc:
        print("ERROR %s: the file's VTIMEZONE %s puts the start at %s, the tz database at %s"
              % (uid, tzid, own.isoformat(), utc.isoformat()))
        return 1
    return 0


def main(path):
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    errors = 0
    zones = {str(tz["TZID"]): tz for tz in cal.walk("VTIMEZONE")}
    if "METHOD" in cal:
        print("METHOD %s" % cal["METHOD"])
    for comp in cal.walk():
        for prop, message in comp.errors:
            print("ERROR %s %s: %s" % (comp.name, prop, message))
            errors += 1
    for ev in cal.walk("VEVENT"):
        uid = str(ev["UID"])
        tail = "%s %s" % (ev.decoded("SEQUENCE") if "SEQUENCE" in ev else "-", ev.get("STATUS", "-"))
        start = ev.decoded("DTSTART")
        if not isinstance(start, datetime.datetime):
            print("EVENT %s %s DATE - %s" % (uid, start.isoformat(), tail))
        elif start.tzinfo is None:
            print("ERROR %s: floating DTSTART" % uid)
            errors += 1
        else:
            tzid = ev["DTSTART"].params.get("TZID", "UTC")
            utc = start.astimezone(datetime.timezone.utc)
            print("EVENT %s %s %s %sZ %s" % (uid, start.strftime("%Y-%m-%dT%H:%M:%S"), tzid,
                                             utc.strftime("%Y-%m-%dT%H:%M:%S"), tail))
            errors += check_zone(zones, uid, tzid, start, utc)
        desc = str(ev.get("DESCRIPTION", ""))
        print("DESC %s %s" % (uid, desc.replace("\\", "\\\\").replace("\n", "\\n")))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
