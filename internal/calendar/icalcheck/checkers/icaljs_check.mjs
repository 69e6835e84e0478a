// icaljs_check parses an iCalendar file with Mozilla's ical.js, registers the file's
// VTIMEZONEs and prints the calendar's METHOD, if any, and for every VEVENT its start, that
// start converted to UTC, its SEQUENCE and STATUS ("-" when absent) and its description:
//   METHOD <method>
//   EVENT <uid> <local start> <tzid> <utc start> <sequence> <status>
//   DESC <uid> <description, newlines as \n, backslashes as \\>
// A parse error or a TZID without a VTIMEZONE is printed as an ERROR line, exit status 1.
// Usage: node icaljs_check.mjs <dir holding node_modules/ical.js> file.ics
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [dir, file] = process.argv.slice(2);
const ICAL = (await import(pathToFileURL(join(dir, "node_modules/ical.js/dist/ical.js")).href)).default;

let errors = 0;
let cal;
try {
  cal = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
} catch (e) {
  console.log(`ERROR file: ${e.message}`);
  process.exit(1);
}
const method = cal.getFirstPropertyValue("method");
if (method) {
  console.log(`METHOD ${method}`);
}
for (const tz of cal.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(tz);
}
for (const comp of cal.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(comp);
  const start = event.startDate;
  const tzid = comp.getFirstProperty("dtstart").getParameter("tzid");
  const tail = `${comp.hasProperty("sequence") ? event.sequence : "-"} ${comp.getFirstPropertyValue("status") || "-"}`;
  if (start.isDate) {
    console.log(`EVENT ${event.uid} ${start.toString()} DATE - ${tail}`);
  } else if (tzid && !ICAL.TimezoneService.has(tzid)) {
    console.log(`ERROR ${event.uid}: no VTIMEZONE ${tzid} in the file`);
    errors++;
  } else {
    const utc = start.convertToZone(ICAL.Timezone.utcTimezone).toString();
    console.log(`EVENT ${event.uid} ${start.toString().replace(/Z$/, "")} ${tzid || "UTC"} ${utc.replace(/Z?$/, "Z")} ${tail}`);
  }
  console.log(`DESC ${event.uid} ${(event.description || "").replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}`);
}
process.exit(errors ? 1 : 0);
