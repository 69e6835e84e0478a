/* libical_check parses an iCalendar file with libical, runs its RFC 5545/5546 restriction
 * checks and prints the calendar's METHOD, if any, and for every VEVENT the start as libical
 * understands it, its SEQUENCE and STATUS ("-" when absent) and its description:
 *   METHOD <method>
 *   EVENT <uid> <local start> <tzid> <utc start> <sequence> <status>
 *   DESC <uid> <description, newlines as \n, backslashes as \\>
 * Every X-LIC-ERROR property libical attaches (parse or restriction errors) is printed as an
 * ERROR line and makes the exit status 1. Usage: libical_check file.ics */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path) {
	FILE *f = fopen(path, "rb");
	if (!f) { perror(path); exit(2); }
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	rewind(f);
	char *buf = malloc(n + 1);
	if (fread(buf, 1, n, f) != (size_t)n) { perror(path); exit(2); }
	buf[n] = 0;
	fclose(f);
	return buf;
}

static int report_errors(icalcomponent *c) {
	int errors = 0;
	for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
	     p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
		printf("ERROR %s: %s\n", icalcomponent_kind_to_string(icalcomponent_isa(c)),
		       icalproperty_get_xlicerror(p));
		errors++;
	}
	for (icalcomponent *k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); k;
	     k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
		errors += report_errors(k);
	return errors;
}

static void print_time(struct icaltimetype t) {
	if (t.is_date)
		printf("%04d-%02d-%02d", t.year, t.month, t.day);
	else
		printf("%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute, t.second);
}

/* print_event prints the start of ev, converted to UTC with the VTIMEZONE of the file. */
static int print_event(icalcomponent *cal, icalcomponent *ev) {
	const char *uid = icalcomponent_get_uid(ev);
	icalproperty *p = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
	if (!p) { printf("ERROR %s: no DTSTART\n", uid); return 1; }
	struct icaltimetype start = icalproperty_get_dtstart(p);
	icalparameter *tzp = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
	const char *tzid = start.is_date ? "DATE" : icaltime_is_utc(start) ? "UTC" : "FLOATING";
	printf("EVENT %s ", uid);
	print_time(start);
	if (tzp) {
		tzid = icalparameter_get_tzid(tzp);
		icaltimezone *zone = icalcomponent_get_timezone(cal, tzid);
		if (!zone) { printf("\nERROR %s: no VTIMEZONE %s in the file\n", uid, tzid); return 1; }
		start = icaltime_set_timezone(&start, zone);
	}
	printf(" %s ", tzid);
	if (start.is_date) {
		printf("-");
	} else {
		print_time(icaltime_convert_to_zone(start, icaltimezone_get_utc_timezone()));
		printf("Z");
	}
	icalproperty *seq = icalcomponent_get_first_property(ev, ICAL_SEQUENCE_PROPERTY);
	if (seq) printf(" %d", icalproperty_get_sequence(seq)); else printf(" -");
	icalproperty *status = icalcomponent_get_first_property(ev, ICAL_STATUS_PROPERTY);
	printf(" %s\n", status ? icalproperty_status_to_string(icalproperty_get_status(status)) : "-");
	const char *desc = icalcomponent_get_description(ev);
	printf("DESC %s ", uid);
	for (const char *s = desc ? desc : ""; *s; s++)
		if (*s == '\n') fputs("\\n", stdout);
		else if (*s == '\\') fputs("\\\\", stdout);
		else putchar(*s);
	putchar('\n');
	return 0;
}

int main(int argc, char **argv) {
	if (argc != 2) { fprintf(stderr, "usage: libical_check file.ics\n"); return 2; }
	icalcomponent *cal = icalparser_parse_string(slurp(argv[1]));
	if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
		printf("ERROR file: not one VCALENDAR\n");
		return 1;
	}
	icalrestriction_check(cal);
	icalproperty *method = icalcomponent_get_first_property(cal, ICAL_METHOD_PROPERTY);
	if (method) printf("METHOD %s\n", icalproperty_method_to_string(icalproperty_get_method(method)));
	int errors = report_errors(cal);
	for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
	     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
		errors += print_event(cal, ev);
	return errors ? 1 : 0;
}
