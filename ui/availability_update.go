package ui

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// availabilityUpdate pauses the mentor until the day typed, or resumes at once when the
// button says "resume"; a day that needs fixing shows the page again with what was typed.
func (s *server) availabilityUpdate(e *core.RequestEvent) error {
	application, program, ok := ownApplication(e)
	if !ok || application.GetString("role") != kernel.RoleMentor {
		return s.renderNotFound(e)
	}
	form := formValues(e, "paused_until", "action")
	again := func(errs map[string]string) error {
		return s.renderAvailability(e, statusOfForm, application, program, form, errs)
	}
	var until time.Time
	if form["action"] != "resume" {
		if form["paused_until"] == "" {
			return again(map[string]string{"paused_until": translate(e, "error.required")})
		}
		day, err := kernel.ParsePauseDay("paused_until", form["paused_until"], program)
		if err != nil {
			return s.answerRefusal(e, err, again)
		}
		until = day
	}
	if err := mentoring.PauseMentor(e.App, e.Auth.Id, application.Id, until); err != nil {
		return s.answerRefusal(e, err, again)
	}
	flash := "flash.availability_paused"
	if until.IsZero() {
		flash = "flash.availability_resumed"
	}
	setFlash(e, flash)
	return redirect(e, "/applications/"+application.Id+"/availability")
}
