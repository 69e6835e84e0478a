package workspace

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// CodeWrongPassword refuses an erasure confirmed with a wrong password.
const CodeWrongPassword = "privacy.wrong_password"

// EraseOwnAccount erases user's account once they confirm it with their password.
func EraseOwnAccount(app core.App, user *core.Record, password string) error {
	if !user.ValidatePassword(password) {
		return kernel.RefuseField("password", CodeWrongPassword)
	}
	return ErasePerson(app, user, PrivacyActor{Via: kernel.PrivacyBySelf})
}

// Applicant is the person who wrote application, for a coordinator who exports or erases
// their data on their request; a former participant has nothing left to export or erase.
func Applicant(app core.App, application *core.Record) (*core.Record, error) {
	person, err := app.FindRecordById(kernel.CollectionUsers, application.GetString("user"))
	if err != nil || kernel.IsFormerParticipant(person) {
		return nil, kernel.ErrNotFound
	}
	return person, nil
}

// EraseApplicant erases, on their request, the account of the person who wrote application
// to program, for a coordinator of program who confirms it with their own password
// (field "erase_password"); the privacy log names the coordinator and the programme.
func EraseApplicant(app core.App, coordinator *core.Record, password string, program, application *core.Record) error {
	if !coordinator.ValidatePassword(password) {
		return kernel.RefuseField("erase_password", CodeWrongPassword)
	}
	person, err := Applicant(app, application)
	if err != nil {
		return err
	}
	return ErasePerson(app, person, PrivacyActor{
		Via: kernel.PrivacyByCoordinator, Actor: coordinator.Id, Program: program.GetString("slug"),
	})
}
