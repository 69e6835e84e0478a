package workspace

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// MailNewTerms tells the member who has not confirmed the agreement that their partner wrote
// new terms, when the saved terms of an active pair differ from those of previous, the match
// as it was before the save.
func MailNewTerms(app core.App, match, previous *core.Record) error {
	after, ok := kernel.ReadAgreement(match)
	if !ok || match.GetString("status") != kernel.MatchActive || after.ProposedBy == "" {
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
