package ui

import (
	"strconv"
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// logFields are the form's names of a held meeting's fields, by the record's (and the
// domain's errors'), so that its messages never land in the proposing form beside it.
var logFields = map[string]string{"starts_at": "log_date", "minutes_spent": "log_minutes", "mode": "log_mode", "shared_notes": "log_notes"}

// meetingLog records a meeting the pair held without arranging it here, after the fact: no
// invite is mailed, and the same form posted twice logs it once.
func (s *server) meetingLog(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	pair, role, err := s.openPair(e, matchID)
	if err != nil {
		return s.renderNotFound(e)
	}
	p := newPage(e, "match.title")
	p.Form = formValues(e, "log_date", "log_time", "log_minutes", "log_mode", "log_notes", "log_form_token")
	p.Form["meeting_action"] = "log"
	h := workspace.HeldMeeting{Mode: p.Form["log_mode"], Notes: p.Form["log_notes"], Token: p.Form["log_form_token"]}
	errs := validation.Errors{}
	if h.Start, err = parseWallClock("starts_at", p.Form["log_date"], p.Form["log_time"], kernel.ProgramZone(pair.Program)); err != nil {
		errs["starts_at"] = err
	}
	if h.Minutes, err = strconv.Atoi(strings.TrimSpace(p.Form["log_minutes"])); err != nil {
		errs["minutes_spent"] = validation.NewError("validation_invalid_format", "minutes")
	}
	err = errs.Filter()
	if err == nil {
		_, err = workspace.LogHeldMeeting(e.App, e.Auth.Id, matchID, h)
	}
	if err != nil {
		return s.answerRefusal(e, err, func(messages map[string]string) error {
			p.Errors = map[string]string{"": translate(e, "workspace.fix_form")}
			for field, message := range messages {
				if name, ok := logFields[field]; ok {
					field = name
				}
				p.Errors[field] = message
			}
			return s.renderMatch(e, statusOfForm, p, pair, role)
		})
	}
	setFlash(e, "flash.meeting_logged")
	return redirect(e, "/matches/"+matchID+"#meetings")
}
