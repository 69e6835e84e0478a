package pb_hooks

import (
	"errors"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// bindAgreement keeps the pair's mentoring agreement honest whoever saves it: its terms are
// valid (workspace.CheckAgreement), a member confirms only for themselves, through the REST
// API as in the portal (workspace.WriteMemberAgreement), and new terms are mailed to the
// member who has not confirmed them yet, in the same transaction.
func bindAgreement(app core.App) {
	validate := func(e *core.RecordEvent) error {
		if err := workspace.CheckAgreement(e.Record); err != nil {
			return err
		}
		return e.Next()
	}
	app.OnRecordCreate(kernel.CollectionMatches).BindFunc(validate)
	app.OnRecordUpdate(kernel.CollectionMatches).BindFunc(validate)
	app.OnRecordUpdate(kernel.CollectionMatches).BindFunc(func(e *core.RecordEvent) error {
		// The match as it was loaded, taken before the save makes the saved values original.
		previous := e.Record.Original()
		if err := e.Next(); err != nil {
			return err
		}
		return workspace.MailNewTerms(e.App, e.Record, previous)
	})
	app.OnRecordUpdateRequest(kernel.CollectionMatches).BindFunc(agreementRequest)
}

// agreementRequest holds a member's REST write of the agreement to the portal's rules;
// superusers may write it freely. Refusals answer 400 with their message, unreadable terms
// 400 with the field's error, as the API has always answered them.
func agreementRequest(e *core.RecordRequestEvent) error {
	if e.HasSuperuserAuth() || e.Auth == nil {
		return e.Next()
	}
	err := workspace.WriteMemberAgreement(e.App, e.Record, e.Auth.Id, time.Now())
	var refusal *kernel.Error
	var invalid validation.Errors
	switch {
	case err == nil:
		return e.Next()
	case errors.As(err, &refusal):
		return e.BadRequestError(refusal.Error(), nil)
	case errors.As(err, &invalid):
		return e.BadRequestError("Invalid agreement.", invalid)
	}
	return err
}
