package workspace

import (
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/pb_hooks"
)

// CloseMatch ends the active relationship of matchID with reason: either member or a
// coordinator of the programme may. The match becomes closed with ended_at and end_reason, the
// final evaluation and the programme feedback become due at once, and both members are
// e-mailed, in their language, in the same transaction. An empty reason is a validation error
// of "reason".
func CloseMatch(app core.App, userID, matchID, reason string) error {
	reason = strings.TrimSpace(reason)
	return app.RunInTransaction(func(txApp core.App) error {
		pair, _, err := Open(txApp, userID, matchID)
		if err != nil {
			return err
		}
		if pair.Match.GetString("status") != "active" {
			return ErrNotAllowed
		}
		if reason == "" {
			return validation.Errors{"reason": validation.ErrRequired}
		}
		pair.Match.Set("status", "closed")
		pair.Match.Set("ended_at", types.NowDateTime())
		pair.Match.Set("end_reason", reason)
		if err := txApp.Save(pair.Match); err != nil {
			return err
		}
		for _, member := range pair.Members() {
			if err := mailClosed(txApp, pair, member, reason); err != nil {
				return err
			}
		}
		return nil
	})
}

// mailClosed tells member that the relationship ended, why, and asks for the final evaluation.
func mailClosed(app core.App, pair *pb_hooks.Pair, member *core.Record, reason string) error {
	partner := pair.Partner(member.Id).GetString("name")
	program := pair.Program.GetString("name")
	_, err := pb_hooks.QueueLetter(app, member, pb_hooks.RecipientLocale(member, pair.Program.GetStringSlice("languages")), pb_hooks.Letter{
		Kind:    "match_closed",
		Subject: pb_hooks.P("ending.mail.subject", "partner", partner),
		Paragraphs: []pb_hooks.Phrase{
			pb_hooks.P("ending.mail.body", "partner", partner, "program", program),
			pb_hooks.P("ending.mail.reason"),
			pb_hooks.Quoted(reason),
			pb_hooks.P("ending.mail.final"),
		},
		Action:  pb_hooks.P("ending.mail.action"),
		Link:    "/matches/" + pair.Match.Id + "/evaluations/" + EvaluationFinal,
		Related: pair.Match,
	})
	return err
}
