package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"

	"github.com/mentorbase/mentorbase/workspace"
)

// cohortMailSend queues the mail to the segment, once per form: a second post of the same
// form (a double click, a reload) finds its token already used and says so.
func (s *server) cohortMailSend(e *core.RequestEvent) error {
	return s.withCohortMail(e, func(program *core.Record, v *cohortMailView) error {
		senderID := ""
		if !e.HasSuperuserAuth() && e.Auth != nil {
			senderID = e.Auth.Id
		}
		sent, again, err := workspace.SendCohortMail(e.App, program, senderID, v.draft(), time.Now())
		if err != nil {
			return s.answerRefusal(e, err, func(errs map[string]string) error {
				return s.renderCohortMail(e, statusOfForm, v, errs, "")
			})
		}
		notice := translate(e, "cohortmail.sent", "count", sent)
		if again {
			notice = translate(e, "cohortmail.already_sent")
		}
		// A new form: sending more is a new mail, written anew, never the same one again.
		v.Token, v.Recipients, v.Counted = security.RandomString(32), nil, false
		for i := range v.Texts {
			v.Texts[i].CohortText = workspace.CohortText{}
		}
		return s.renderCohortMail(e, http.StatusOK, v, nil, notice)
	})
}
