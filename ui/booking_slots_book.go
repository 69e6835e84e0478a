package ui

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// bookingSlotsBook books the slot picked: the meeting is confirmed at once and both members
// get the invite. A slot taken meanwhile (another tab, the partner) shows the page again with
// the slots still free and the reason beside them.
func (s *server) bookingSlotsBook(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	form := formValues(e, "slot", "mode", "location", "video_url", "agenda", "form_token")
	p := newPage(e, "booking.slots.title")
	p.Form = form
	again := func(errs map[string]string) error {
		if msg, ok := errs["starts_at"]; ok {
			errs["slot"] = msg
			delete(errs, "starts_at")
		}
		delete(errs, "ends_at")
		if errs[""] == "" {
			errs[""] = translate(e, "workspace.fix_form")
		}
		p.Errors = errs
		return s.renderSlots(e, statusOfForm, p)
	}
	start, err := time.Parse(slotLayout, form["slot"])
	if err != nil {
		return again(map[string]string{"slot": translate(e, "booking.error.pick")})
	}
	how := workspace.Proposal{Mode: form["mode"], Location: form["location"], VideoURL: form["video_url"], Agenda: form["agenda"], Token: form["form_token"]}
	if _, err := workspace.BookSlot(e.App, e.Auth.Id, matchID, start, how); err != nil {
		return s.answerRefusal(e, err, again)
	}
	setFlash(e, "flash.booking_booked")
	return redirect(e, "/matches/"+matchID+"#meetings")
}
