package ui

import (
	"html/template"
	"strconv"
	"strings"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// meetingView is one meeting as the match page lists it, with times in the programme's zone
// and its words in the viewer's language.
type meetingView struct {
	ID, Mode, Location, VideoURL, Agenda, SharedNotes string
	Status, ModeText, MinutesText                     string // MinutesText: the time spent, once held
	Day, Clock, Until                                 string // YYYY-MM-DD, HH:MM, HH:MM
	Duration, Minutes, Sequence                       int
	Confirmed, Held                                   bool // its status, for the template
	CanConfirm, CanChange, CanMarkHeld                bool
	Fields                                            meetingForm   // the form moving it, when CanChange
	HeldFields                                        template.HTML // the held form's fields (heldFields), when CanMarkHeld
}

// newMeetingView is m as viewerID sees it in locale; its words are translated here, which
// cost the template two or three translation calls per meeting.
func newMeetingView(m *core.Record, timezone, locale, viewerID string, canAct bool) meetingView {
	loc := kernel.ZoneNamed(timezone)
	start, end := m.GetDateTime("starts_at").Time().In(loc), m.GetDateTime("ends_at").Time().In(loc)
	status := m.GetString("status")
	upcoming := status == kernel.MeetingProposed || status == kernel.MeetingConfirmed
	v := meetingView{
		ID: m.Id, Mode: m.GetString("mode"), Location: m.GetString("location"),
		VideoURL: m.GetString("video_url"), Agenda: m.GetString("agenda"), SharedNotes: m.GetString("shared_notes"),
		Day: start.Format("2006-01-02"), Clock: start.Format("15:04"), Until: end.Format("15:04"),
		Duration: int(end.Sub(start) / time.Minute), Minutes: m.GetInt("minutes_spent"), Sequence: m.GetInt("sequence"),
		Confirmed: status == kernel.MeetingConfirmed, Held: status == kernel.MeetingHeld,
		CanConfirm:  canAct && status == kernel.MeetingProposed && m.GetString("proposed_by") != viewerID,
		CanChange:   canAct && upcoming,
		CanMarkHeld: canAct && status != kernel.MeetingCancelled && !start.After(time.Now()),
	}
	v.Status = messages.Catalog.T(locale, workspace.MeetingStatusKeys[status])
	v.ModeText = messages.Catalog.T(locale, workspace.MeetingModeKeys[v.Mode])
	if v.Held {
		v.MinutesText = messages.Catalog.T(locale, "meeting.minutes_spent_is", "minutes", v.Minutes)
	}
	return v
}

// meetingFields are the form fields of a proposal or a new time.
var meetingFields = []string{"date", "time", "duration", "mode", "location", "video_url", "agenda"}

// parseWallClock is the moment a form's date (2006-01-02) and time (15:04) name in loc, read
// as the events' and settings' dates are: a time the clocks skip (02:30 on the night summer
// time starts) is refused beside field rather than moved an hour and mailed so.
func parseWallClock(field, date, clock string, loc *time.Location) (time.Time, error) {
	return kernel.ParseLocalInput(field, strings.TrimSpace(date)+"T"+strings.TrimSpace(clock), loc)
}

// readProposal reads a proposal form; date and time are wall-clock time in the programme's
// zone timezone.
func readProposal(e *core.RequestEvent, timezone string) (workspace.Proposal, map[string]string, error) {
	form := formValues(e, meetingFields...)
	p := workspace.Proposal{Mode: form["mode"], Location: form["location"], VideoURL: form["video_url"], Agenda: form["agenda"]}
	errs := validation.Errors{}
	start, err := parseWallClock("date", form["date"], form["time"], kernel.ZoneNamed(timezone))
	if err != nil {
		errs["date"] = err
	}
	minutes, err := strconv.Atoi(strings.TrimSpace(form["duration"]))
	switch {
	case err != nil:
		errs["duration"] = validation.NewError("validation_invalid_format", "minutes")
	case minutes <= 0 || minutes > workspace.MaxMeetingMinutes:
		// checked before turning minutes into a Duration, which would overflow
		errs["duration"] = validation.NewError("validation_invalid_value", "between 1 and 480")
	}
	if len(errs) > 0 {
		return p, form, errs
	}
	p.Start, p.Duration = start, time.Duration(minutes)*time.Minute
	return p, form, nil
}
