package workspace

import (
	"slices"
	"strconv"
	"strings"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"

	"github.com/mentorbase/mentorbase/kernel"
)

// HoursFields are the form fields of an availability: one text per weekday ("17:00–19:00,
// 20:00–21:00"), the days off and extra times one per line, the zone, the length and the
// free/busy address. Plain text fields need no script and keep whatever was typed.
var HoursFields = append(slices.Clone(Weekdays), "timezone", "slot_minutes", "days_off", "extra", "freebusy_url")

// ParseHoursForm reads the availability form; every field that needs fixing is refused
// beside itself at once (validation.Errors of *kernel.Error), not the first one only.
func ParseHoursForm(form map[string]string) (Hours, error) {
	errs := validation.Errors{}
	var h Hours
	var err error
	if h.Zone, err = zoneOf(form["timezone"]); err != nil {
		errs["timezone"] = err
	}
	minutes, _ := strconv.Atoi(form["slot_minutes"])
	if h.Length, err = lengthOf(minutes); err != nil || minutes == 0 {
		errs["slot_minutes"] = kernel.RefuseField("slot_minutes", "booking.error.length")
		h.Length = DefaultSlotLength
	}
	for i, day := range Weekdays {
		ranges, err := rangesOf(day, form[day], h.Length)
		if err != nil {
			errs[day] = err
		}
		for _, r := range ranges {
			h.Weekly = append(h.Weekly, WeeklyRange{Day: time.Weekday((i + 1) % 7), TimeRange: r})
		}
	}
	if h.DaysOff, err = daysOffLines(form["days_off"]); err != nil {
		errs["days_off"] = err
	}
	if h.Extra, err = extraLines(form["extra"], h.Length); err != nil {
		errs["extra"] = err
	}
	h.FreeBusyURL = form["freebusy_url"]
	if h.FreeBusyURL != "" && !isWebAddress(h.FreeBusyURL) {
		errs["freebusy_url"] = kernel.RefuseField("freebusy_url", "booking.error.url")
	}
	if len(errs) > 0 {
		return h, errs
	}
	return h, nil
}

// HoursForm is h as the form shows it, the inverse of ParseHoursForm.
func HoursForm(h Hours) map[string]string {
	form := map[string]string{"timezone": h.Zone.String(), "slot_minutes": strconv.Itoa(int(h.Length / time.Minute)),
		"freebusy_url": h.FreeBusyURL}
	for _, r := range h.Weekly {
		day := Weekdays[(int(r.Day)+6)%7]
		form[day] = joinNonEmpty(form[day], r.From.String()+"–"+r.To.String(), ", ")
	}
	for _, d := range h.DaysOff {
		line := d.From
		if d.To != d.From {
			line += " – " + d.To
		}
		form["days_off"] = joinNonEmpty(form["days_off"], line, "\n")
	}
	for _, r := range h.Extra {
		form["extra"] = joinNonEmpty(form["extra"], r.Date+" "+r.From.String()+"–"+r.To.String(), "\n")
	}
	return form
}

// rangesOf reads "17:00–19:00, 20–21" (also 17h30, 17.30, a plain hyphen or "to").
func rangesOf(field, text string, length time.Duration) ([]TimeRange, error) {
	var out []TimeRange
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == ';' }) {
		part = strings.NewReplacer("–", "-", "—", "-", " to ", "-", " à ", "-", " till ", "-").Replace(strings.TrimSpace(part))
		from, to, ok := strings.Cut(part, "-")
		if !ok {
			return nil, kernel.RefuseField(field, "booking.error.range", "text", part)
		}
		r, err := rangeOf(field, from, to, length)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	if len(out) > maxRangesPerDay {
		return nil, kernel.RefuseField(field, "booking.error.too_many", "max", maxRangesPerDay)
	}
	return out, nil
}

// daysOffLines reads one date or "from – to" per line.
func daysOffLines(text string) ([]DaysOff, error) {
	var out []DaysOff
	for _, line := range lines(text) {
		dates := dateWords(line)
		if len(dates) == 0 || len(dates) > 2 {
			return nil, kernel.RefuseField("days_off", "booking.error.date", "text", line)
		}
		d := DaysOff{From: dates[0], To: dates[len(dates)-1]}
		out = append(out, d)
	}
	return daysOffOf(out)
}

// extraLines reads one "date from–to[, from–to]" per line.
func extraLines(text string, length time.Duration) ([]ExtraRange, error) {
	var out []ExtraRange
	for _, line := range lines(text) {
		date, rest, _ := strings.Cut(line, " ")
		if !isDate(date) {
			return nil, kernel.RefuseField("extra", "booking.error.date", "text", line)
		}
		ranges, err := rangesOf("extra", rest, length)
		if err != nil {
			return nil, err
		}
		if len(ranges) == 0 {
			return nil, kernel.RefuseField("extra", "booking.error.range", "text", line)
		}
		for _, r := range ranges {
			out = append(out, ExtraRange{Date: date, TimeRange: r})
		}
	}
	if len(out) > maxExtra {
		return nil, kernel.RefuseField("extra", "booking.error.too_many", "max", maxExtra)
	}
	return out, nil
}

// dateWords are the words of a days-off line, without the dashes between two dates.
func dateWords(line string) []string {
	line = strings.NewReplacer("–", " ", "—", " ", " - ", " ", " to ", " ", " au ", " ", " till ", " ").Replace(line)
	return strings.Fields(line)
}

// lines are the non-empty trimmed lines of text.
func lines(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// joinNonEmpty appends s to list with sep between them.
func joinNonEmpty(list, s, sep string) string {
	if list == "" {
		return s
	}
	return list + sep + s
}
