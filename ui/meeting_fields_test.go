package ui

import (
	"html/template"
	"strings"
	"testing"

	messages "github.com/mentorbase/mentorbase/catalog"
)

// meetingFieldsTemplate is the partial meetingForm.HTML replaced, as it was: the oracle its
// output must match byte for byte, escaping included.
const meetingFieldsTemplate = `{{define "meeting_fields"}}
<div class="field{{with .DateError}} has-error{{end}}">
  <label for="date-{{.ID}}">{{t "meeting.date"}}</label>
  <input id="date-{{.ID}}" name="date" type="date" value="{{.Date}}" required{{if .DateInvalid}} aria-invalid="true" aria-describedby="{{with .DateError}}e-date-{{$.ID}} {{end}}{{with .StartsAtError}}e-starts_at-{{$.ID}}{{end}}"{{end}}>
  {{with .DateError}}<p class="error" id="e-date-{{$.ID}}">{{.}}</p>{{end}}
  {{with .StartsAtError}}<p class="error" id="e-starts_at-{{$.ID}}">{{.}}</p>{{end}}
</div>
<div class="field">
  <label for="time-{{.ID}}">{{t "meeting.time"}}</label>
  <input id="time-{{.ID}}" name="time" type="time" value="{{.Time}}" required>
</div>
<div class="field{{with .DurationError}} has-error{{end}}">
  <label for="duration-{{.ID}}">{{t "meeting.duration"}}</label>
  <input id="duration-{{.ID}}" name="duration" type="number" min="5" max="480" step="5" value="{{.Duration}}" required{{with .DurationError}} aria-invalid="true" aria-describedby="e-duration-{{$.ID}}"{{end}}>
  {{with .DurationError}}<p class="error" id="e-duration-{{$.ID}}">{{.}}</p>{{end}}
</div>
<div class="field{{with .ModeError}} has-error{{end}}">
  <label for="mode-{{.ID}}">{{t "meeting.mode"}}</label>
  <select id="mode-{{.ID}}" name="mode"{{with .ModeError}} aria-invalid="true" aria-describedby="e-mode-{{$.ID}}"{{end}}>
    <option value="in_person"{{if eq .Mode "in_person"}} selected{{end}}>{{t "meeting.mode.in_person"}}</option>
    <option value="video"{{if eq .Mode "video"}} selected{{end}}>{{t "meeting.mode.video"}}</option>
    <option value="phone"{{if eq .Mode "phone"}} selected{{end}}>{{t "meeting.mode.phone"}}</option>
  </select>
  {{with .ModeError}}<p class="error" id="e-mode-{{$.ID}}">{{.}}</p>{{end}}
</div>
<div class="field{{with .LocationError}} has-error{{end}}">
  <label for="location-{{.ID}}">{{t "meeting.location"}}</label>
  <input id="location-{{.ID}}" name="location" type="text" value="{{.Location}}"{{with .LocationError}} aria-invalid="true" aria-describedby="e-location-{{$.ID}}"{{end}}>
  {{with .LocationError}}<p class="error" id="e-location-{{$.ID}}">{{.}}</p>{{end}}
</div>
<div class="field{{with .VideoURLError}} has-error{{end}}">
  <label for="video-{{.ID}}">{{t "meeting.video_url"}}</label>
  <input id="video-{{.ID}}" name="video_url" type="url" value="{{.VideoURL}}"{{with .VideoURLError}} aria-invalid="true" aria-describedby="e-video_url-{{$.ID}}"{{end}}>
  {{with .VideoURLError}}<p class="error" id="e-video_url-{{$.ID}}">{{.}}</p>{{end}}
</div>
<div class="field">
  <label for="agenda-{{.ID}}">{{t "meeting.agenda"}}</label>
  <textarea id="agenda-{{.ID}}" name="agenda" rows="3">{{.Agenda}}</textarea>
</div>
{{end}}`

// TestMeetingFormHTMLAsTemplate: the fields written in Go read exactly as html/template wrote
// them, for every language, mode and error, and for values holding what HTML escapes.
func TestMeetingFormHTMLAsTemplate(t *testing.T) {
	tricky := `<b>"l'a+b" & c</b>` + "\x00"
	forms := map[string]meetingForm{
		"empty":  {ID: "new", Duration: "60"},
		"values": {ID: "m1", Date: "2026-12-03", Time: "10:00", Duration: "45", Mode: "video", Location: "Room 1", VideoURL: "https://example.org/a?b=1&c=2", Agenda: "Goals"},
		"phone":  {ID: "m2", Mode: "phone"},
		"tricky": {ID: "x'+<", Date: tricky, Time: tricky, Duration: tricky, Mode: "in_person", Location: tricky, VideoURL: tricky, Agenda: tricky},
		"errors": {ID: "m3", Mode: "zz", DateError: "bad <date>", StartsAtError: "it's past", DurationError: "5+", ModeError: "mode & more", LocationError: `"loc"`, VideoURLError: "url", DateInvalid: true},
		"start":  {ID: "m4", StartsAtError: "past", DateInvalid: true},
		"date":   {ID: "m5", DateError: "bad", DateInvalid: true},
	}
	for _, locale := range []string{"en", "fr", "sv"} {
		tmpl := template.Must(template.New("").Funcs(template.FuncMap{
			"t": func(key string, args ...any) string { return messages.Catalog.T(locale, key, args...) },
		}).Parse(meetingFieldsTemplate))
		for name, f := range forms {
			f.locale = locale
			var want strings.Builder
			if err := tmpl.ExecuteTemplate(&want, "meeting_fields", f); err != nil {
				t.Fatal(err)
			}
			if got := string(f.HTML()); got != want.String() {
				t.Errorf("%s %s:\n got %q\nwant %q", locale, name, got, want.String())
			}
		}
	}
}

// heldFieldsTemplate is the branch of the held form heldFields replaced, as it was.
const heldFieldsTemplate = `{{define "held"}}<div class="field"><label for="minutes-{{.ID}}">{{t "meeting.minutes_spent"}}</label>
          <input id="minutes-{{.ID}}" name="minutes_spent" type="number" min="1" max="480" value="{{if .Minutes}}{{.Minutes}}{{else}}{{.Duration}}{{end}}" required></div>
        <div class="field"><label for="notes-{{.ID}}">{{t "meeting.shared_notes"}}</label>
          <textarea id="notes-{{.ID}}" name="shared_notes" rows="4">{{.SharedNotes}}</textarea></div>{{end}}`

// TestHeldFieldsAsTemplate: the held form's fields written in Go read exactly as the template
// wrote them: minutes spent, else the meeting's length, and notes holding what HTML escapes.
func TestHeldFieldsAsTemplate(t *testing.T) {
	meetings := []meetingView{
		{ID: "m1", Duration: 60},
		{ID: "m2", Duration: 45, Minutes: 30, SharedNotes: "Plan"},
		{ID: "x'+<", Duration: 5, SharedNotes: `<b>"l'a+b" & c</b>` + "\x00"},
	}
	for _, locale := range []string{"en", "fr", "sv"} {
		tmpl := template.Must(template.New("").Funcs(template.FuncMap{
			"t": func(key string, args ...any) string { return messages.Catalog.T(locale, key, args...) },
		}).Parse(heldFieldsTemplate))
		for _, m := range meetings {
			var want strings.Builder
			if err := tmpl.ExecuteTemplate(&want, "held", m); err != nil {
				t.Fatal(err)
			}
			if got := string(heldFields(m, locale)); got != want.String() {
				t.Errorf("%s %s:\n got %q\nwant %q", locale, m.ID, got, want.String())
			}
		}
	}
}
