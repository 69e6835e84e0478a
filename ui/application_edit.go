package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// ownApplication loads the {id} application of the signed-in person with its programme; ok
// is false for anyone else's, so others get 404 and learn nothing.
func ownApplication(e *core.RequestEvent) (application, program *core.Record, ok bool) {
	application, err := e.App.FindRecordById(kernel.CollectionApplications, e.Request.PathValue("id"))
	if err != nil || application.GetString("user") != e.Auth.Id {
		return nil, nil, false
	}
	program, err = e.App.FindRecordById(kernel.CollectionPrograms, application.GetString("program"))
	if err != nil {
		return nil, nil, false
	}
	return application, program, true
}

// applicationEdit shows the person's application filled in, to change it or withdraw it. An
// imported application shows the programme's charter first, until its applicant accepts it,
// then the form where they confirm their consent, unticked when the privacy notice changed
// since they gave it.
func (s *server) applicationEdit(e *core.RequestEvent) error {
	application, program, ok := ownApplication(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if application.GetString("status") == kernel.ApplicationImported {
		accepted, err := kernel.HasAcceptedCharter(e.App, e.Auth.Id, program.Id, time.Now())
		if err != nil {
			return err
		}
		if !accepted {
			return s.charterStep(e, program, application.GetString("role"), e.Request.URL.Path, "")
		}
	}
	in := applicationInputOf(application, e.Auth)
	if mentoring.ConsentDue(application) {
		// A consent to an older notice is asked again: the box is unticked until the person
		// ticks it, having read the notice the form links to.
		in.Single["consent"] = ""
	}
	return s.renderApplicationForm(e, http.StatusOK, program, in, map[string]string{}, application)
}
