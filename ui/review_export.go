package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// reviewExport downloads, for a coordinator acting on the applicant's request, what the
// portal holds about them (without their private notes); the export is logged.
func (s *server) reviewExport(e *core.RequestEvent) error {
	application, program, ok := reviewedApplication(e)
	if !ok {
		return s.renderNotFound(e)
	}
	person, err := workspace.Applicant(e.App, application)
	if err != nil {
		return s.answerRefusal(e, err, nil)
	}
	actor := workspace.PrivacyActor{Via: kernel.PrivacyByCoordinator, Actor: e.Auth.Id, Program: program.GetString("slug")}
	return sendExport(e, person, actor, "mentorbase-data-"+person.Id+".zip")
}
