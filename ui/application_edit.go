package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
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

// applicationEdit shows the person's application filled in, to change it or withdraw it.
func (s *server) applicationEdit(e *core.RequestEvent) error {
	application, program, ok := ownApplication(e)
	if !ok {
		return s.renderNotFound(e)
	}
	return s.renderApplicationForm(e, http.StatusOK, program, applicationInputOf(application, e.Auth), map[string]string{}, application)
}
