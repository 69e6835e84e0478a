package ui

import (
	"html/template"
	"strconv"
	"strings"

	messages "github.com/mentorbase/mentorbase/catalog"
)

// meetingModes are the modes a meeting's select offers, in their order.
var meetingModes = []string{"in_person", "video", "phone"}

// HTML is the form's fields: date and time in the programme's zone, duration, mode, place and
// agenda, each with its message. The match page shows these once per meeting the viewer may
// move: written here rather than by a template, they cost a few string writes instead of some
// sixty template actions (each a reflective call) per meeting.
func (f meetingForm) HTML() template.HTML {
	w := &fieldsWriter{id: htmlText(f.ID), locale: f.locale}
	w.b.Grow(2048)
	w.put("\n")
	w.open(f.DateError)
	w.put("\n  <label for=\"date-", w.id, `">`, w.t("meeting.date"), "</label>\n  <input id=\"date-", w.id,
		`" name="date" type="date" value="`, htmlText(f.Date), `" required`)
	if f.DateInvalid {
		w.put(` aria-invalid="true" aria-describedby="`)
		if f.DateError != "" {
			w.put("e-date-", w.id, " ")
		}
		if f.StartsAtError != "" {
			w.put("e-starts_at-", w.id)
		}
		w.put(`"`)
	}
	w.put(">\n  ")
	w.message("date", f.DateError)
	w.put("\n  ")
	w.message("starts_at", f.StartsAtError)
	w.put("\n</div>\n<div class=\"field\">\n  <label for=\"time-", w.id, `">`, w.t("meeting.time"),
		"</label>\n  <input id=\"time-", w.id, `" name="time" type="time" value="`, htmlText(f.Time),
		"\" required>\n</div>\n")
	w.input("duration", "duration", `type="number" min="5" max="480" step="5"`, "meeting.duration", f.Duration, f.DurationError, " required")
	w.open(f.ModeError)
	w.put("\n  <label for=\"mode-", w.id, `">`, w.t("meeting.mode"), "</label>\n  <select id=\"mode-", w.id, `" name="mode"`)
	w.invalid("mode", f.ModeError)
	w.put(">\n")
	for _, mode := range meetingModes {
		w.put(`    <option value="`, mode, `"`)
		if f.Mode == mode {
			w.put(" selected")
		}
		w.put(">", w.t("meeting.mode."+mode), "</option>\n")
	}
	w.put("  </select>\n  ")
	w.message("mode", f.ModeError)
	w.put("\n</div>\n")
	w.input("location", "location", `type="text"`, "meeting.location", f.Location, f.LocationError, "")
	w.input("video", "video_url", `type="url"`, "meeting.video_url", f.VideoURL, f.VideoURLError, "")
	w.put("<div class=\"field\">\n  <label for=\"agenda-", w.id, `">`, w.t("meeting.agenda"),
		"</label>\n  <textarea id=\"agenda-", w.id, `" name="agenda" rows="3">`, htmlText(f.Agenda),
		"</textarea>\n</div>\n")
	return template.HTML(w.b.String()) // #nosec G203 -- every value written is escaped by htmlText
}

// fieldsWriter writes one meeting form's fields: id is the form's, escaped.
type fieldsWriter struct {
	b          strings.Builder
	id, locale string
}

func (w *fieldsWriter) put(parts ...string) {
	for _, s := range parts {
		w.b.WriteString(s)
	}
}

// t is the catalog's text for key, escaped.
func (w *fieldsWriter) t(key string) string {
	return htmlText(messages.Catalog.T(w.locale, key))
}

// open starts a field, marked when it has an error.
func (w *fieldsWriter) open(msg string) {
	if msg != "" {
		w.put(`<div class="field has-error">`)
		return
	}
	w.put(`<div class="field">`)
}

// invalid marks an input with an error as such and points to its message.
func (w *fieldsWriter) invalid(name, msg string) {
	if msg != "" {
		w.put(` aria-invalid="true" aria-describedby="e-`, name, "-", w.id, `"`)
	}
}

// message is a field's error, if it has one.
func (w *fieldsWriter) message(name, msg string) {
	if msg != "" {
		w.put(`<p class="error" id="e-`, name, "-", w.id, `">`, htmlText(msg), "</p>")
	}
}

// input is a field of one input: prefix names its label and input, name is what it sends;
// attrs come before its value, after the value (" required").
func (w *fieldsWriter) input(prefix, name, attrs, label, value, msg, after string) {
	w.open(msg)
	w.put("\n  <label for=\"", prefix, "-", w.id, `">`, w.t(label), "</label>\n  <input id=\"", prefix, "-", w.id,
		`" name="`, name, `" `, attrs, ` value="`, htmlText(value), `"`, after)
	w.invalid(name, msg)
	w.put(">\n  ")
	w.message(name, msg)
	w.put("\n</div>\n")
}

// heldFields are the fields of the form recording that m was held, with its own values (the
// minutes spent, else its length, and its shared notes): written here for the same reason as
// meetingForm.HTML, once per past meeting. The form that came back refused is the template's.
func heldFields(m meetingView, locale string) template.HTML {
	w := &fieldsWriter{id: htmlText(m.ID), locale: locale}
	minutes := m.Minutes
	if minutes == 0 {
		minutes = m.Duration
	}
	w.put(`<div class="field"><label for="minutes-`, w.id, `">`, w.t("meeting.minutes_spent"),
		"</label>\n          <input id=\"minutes-", w.id, `" name="minutes_spent" type="number" min="1" max="480" value="`,
		strconv.Itoa(minutes), "\" required></div>\n        <div class=\"field\"><label for=\"notes-", w.id, `">`,
		w.t("meeting.shared_notes"), "</label>\n          <textarea id=\"notes-", w.id, `" name="shared_notes" rows="4">`,
		htmlText(m.SharedNotes), "</textarea></div>")
	return template.HTML(w.b.String()) // #nosec G203 -- every value written is escaped by htmlText
}
