package ui

import "strconv"

// meetingForm is one form of a meeting's fields (its HTML, ui/meeting_fields.go): the values it
// shows and the message beside each field. The match page shows one for each meeting the
// viewer may move and one to propose; built in Go, it spares the template a map of sixteen
// arguments and eight form look-ups for each.
type meetingForm struct {
	ID, Date, Time, Duration, Mode, Location, VideoURL, Agenda string
	DateError, StartsAtError, DurationError                    string
	ModeError, LocationError, VideoURLError                    string
	DateInvalid                                                bool   // the date or the start it makes has an error
	locale                                                     string // the language its labels are written in
}

// typedMeetingForm is the form with id holding what was typed in p and its errors.
func typedMeetingForm(id string, p *page) meetingForm {
	f := meetingForm{ID: id, locale: p.Locale, Date: p.Form["date"], Time: p.Form["time"], Duration: p.Form["duration"],
		Mode: p.Form["mode"], Location: p.Form["location"], VideoURL: p.Form["video_url"], Agenda: p.Form["agenda"],
		DateError: p.Errors["date"], StartsAtError: p.Errors["starts_at"], DurationError: p.Errors["duration"],
		ModeError: p.Errors["mode"], LocationError: p.Errors["location"], VideoURLError: p.Errors["video_url"]}
	f.DateInvalid = f.DateError != "" || f.StartsAtError != ""
	return f
}

// rescheduleForm is the form moving m: what was typed when it is the one that came back
// refused (the form's "meeting"), else the meeting's own values.
func rescheduleForm(m meetingView, p *page) meetingForm {
	if p.Form["meeting"] == m.ID {
		return typedMeetingForm(m.ID, p)
	}
	return meetingForm{ID: m.ID, locale: p.Locale, Date: m.Day, Time: m.Clock, Duration: strconv.Itoa(m.Duration), Mode: m.Mode,
		Location: m.Location, VideoURL: m.VideoURL, Agenda: m.Agenda}
}

// proposeForm is the form proposing a meeting: empty, an hour long, when another meeting's
// form came back refused (its errors are there), else what was typed.
func proposeForm(p *page) meetingForm {
	if p.Form["meeting"] != "" {
		return meetingForm{ID: "new", Duration: "60", locale: p.Locale}
	}
	f := typedMeetingForm("new", p)
	if f.Duration == "" {
		f.Duration = "60"
	}
	return f
}
