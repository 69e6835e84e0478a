package pb_hooks

import (
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// bindAgreement keeps the pair's mentoring agreement honest whoever saves it: its terms are
// valid, a member confirms only for themselves (through the REST API as in the portal), and
// new terms are mailed to the member who has not confirmed them yet, in the same transaction.
func bindAgreement(app core.App) {
	validate := func(e *core.RecordEvent) error {
		a, present, err := kernel.ParseAgreement(e.Record)
		if err == nil && present {
			err = a.Validate()
		}
		if err != nil {
			return validation.Errors{"agreement": err}
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

// agreementRequest lets a member of the pair write the agreement through the REST API as the
// portal does: saving terms confirms them for the member who saves, changed terms drop the
// partner's confirmation, and nobody sets the partner's confirmation or acceptance times.
// Coordinators follow the agreement but do not write it; superusers may.
func agreementRequest(e *core.RecordRequestEvent) error {
	if e.HasSuperuserAuth() || e.Auth == nil {
		return e.Next()
	}
	old := e.Record.Original()
	for _, f := range []string{"mentor_agreed_at", "mentee_agreed_at"} {
		if e.Record.GetString(f) != old.GetString(f) {
			return e.BadRequestError("The pairing's acceptance times are set by the portal.", nil)
		}
	}
	if e.Record.GetString("agreement") == old.GetString("agreement") {
		return e.Next()
	}
	before, hadTerms := kernel.ReadAgreement(old)
	after, present, err := kernel.ParseAgreement(e.Record)
	if err != nil {
		return e.BadRequestError("Invalid agreement.", validation.Errors{"agreement": err})
	}
	pair, err := kernel.FindPair(e.App, e.Record.Id)
	if err != nil {
		return err
	}
	role := pair.Role(e.Auth.Id)
	if role == "" || e.Record.GetString("status") != kernel.MatchActive {
		return e.BadRequestError("Only a member of an active pair writes its agreement.", nil)
	}
	if !present {
		return e.BadRequestError("The agreement can be changed, not removed.", nil)
	}
	confirmed := map[string]time.Time{}
	if hadTerms && before.SameTerms(after) {
		confirmed, after.ProposedBy = before.Confirmed, before.ProposedBy
	} else {
		after.ProposedBy = e.Auth.Id
	}
	after.Confirmed = confirmed
	after.Confirm(role, time.Now())
	after.Store(e.Record)
	return e.Next()
}
