package pb_hooks

import (
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
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
	app.OnRecordCreate("matches").BindFunc(validate)
	app.OnRecordUpdate("matches").BindFunc(validate)
	app.OnRecordUpdate("matches").BindFunc(func(e *core.RecordEvent) error {
		// The match as it was loaded, taken before the save makes the saved values original.
		previous := e.Record.Original()
		if err := e.Next(); err != nil {
			return err
		}
		return mailNewTerms(e.App, e.Record, previous)
	})
	app.OnRecordUpdateRequest("matches").BindFunc(agreementRequest)
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
	if role == "" || e.Record.GetString("status") != "active" {
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

// mailNewTerms tells the member who has not confirmed the agreement that their partner wrote
// new terms, when the saved terms of an active pair differ from those of previous, the match
// as it was before the save.
func mailNewTerms(app core.App, match, previous *core.Record) error {
	after, ok := kernel.ReadAgreement(match)
	if !ok || match.GetString("status") != "active" || after.ProposedBy == "" {
		return nil
	}
	if before, had := kernel.ReadAgreement(previous); had && before.SameTerms(after) {
		return nil
	}
	pair, err := kernel.PairOf(app, match)
	if err != nil {
		return err
	}
	author := pair.Role(after.ProposedBy)
	for _, member := range pair.Members() {
		role := pair.Role(member.Id)
		if author == "" || role == author || after.ConfirmedBy(role) {
			continue
		}
		locale := pair.Locale(member)
		_, err := outbox.QueueLetter(app, member, locale, outbox.Letter{
			Kind:       "agreement_proposed",
			Subject:    outbox.P("agreement.mail.subject", "partner", pair.Partner(member.Id).GetString("name")),
			Paragraphs: append([]outbox.Phrase{outbox.P("agreement.mail.body", "partner", pair.Partner(member.Id).GetString("name"))}, after.Phrases(locale)...),
			Action:     outbox.P("agreement.mail.action"),
			Link:       "/matches/" + match.Id + "#agreement",
			Related:    match,
		})
		if err != nil {
			return err
		}
	}
	return nil
}
