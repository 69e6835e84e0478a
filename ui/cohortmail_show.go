package ui

import (
	"errors"
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// cohortMailShow is the cohort mail page of a programme, for its coordinators and
// superusers; ?ready=kickoff fills the texts with a ready-made mail to edit.
func (s *server) cohortMailShow(e *core.RequestEvent) error {
	return s.withCohortMail(e, func(_ *core.Record, v *cohortMailView) error {
		return s.renderCohortMail(e, http.StatusOK, v, nil, "")
	})
}

// withCohortMail answers with the programme the person manages and the cohort-mail form as
// the request fills it; a programme they do not manage is not found.
func (s *server) withCohortMail(e *core.RequestEvent, answer func(program *core.Record, v *cohortMailView) error) error {
	program, ok := managedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	v, err := newCohortMailView(e, program)
	if err != nil {
		return err
	}
	return answer(program, v)
}

// cohortMailPreview shows who the segment reaches and the mail as one of them would get it,
// keeping everything typed (the token too, so sending afterwards still sends once).
func (s *server) cohortMailPreview(e *core.RequestEvent) error {
	return s.withCohortMail(e, func(program *core.Record, v *cohortMailView) error {
		mail, recipients, err := workspace.PreviewCohortMail(e.App, program, v.draft(), v.PreviewFor, time.Now())
		v.Recipients, v.Counted = recipients, true
		if errors.Is(err, workspace.ErrNoSuchRecipient) {
			return s.renderCohortMail(e, statusOfForm, v, map[string]string{"preview_for": translate(e, "cohortmail.error.preview_for")}, "")
		}
		if err != nil {
			return s.answerRefusal(e, err, func(errs map[string]string) error {
				return s.renderCohortMail(e, statusOfForm, v, errs, "")
			})
		}
		if len(recipients) > 0 {
			v.Preview = &mail
			e.Response.Header().Set("Content-Security-Policy", mailPreviewPolicy(mail.HTML))
		}
		return s.renderCohortMail(e, http.StatusOK, v, nil, "")
	})
}
