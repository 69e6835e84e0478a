package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// bookingHoursUpdate saves the availability typed; every field that needs fixing says so
// beside itself, with everything typed kept.
func (s *server) bookingHoursUpdate(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	pair, err := workspace.BookingPair(e.App, e.Auth.Id, matchID)
	if err != nil {
		return s.answerRefusal(e, err, nil)
	}
	form := formValues(e, workspace.HoursFields...)
	again := func(errs map[string]string) error {
		if errs[""] == "" {
			errs[""] = translate(e, "workspace.fix_form")
		}
		return s.renderHours(e, statusOfForm, pair, form, errs)
	}
	h, err := workspace.ParseHoursForm(form)
	if err == nil {
		err = workspace.SaveHours(e.App, e.Auth.Id, h)
	}
	if err != nil {
		return s.answerRefusal(e, err, again)
	}
	setFlash(e, "flash.booking_hours_saved")
	return redirect(e, "/matches/"+matchID+"/hours")
}
