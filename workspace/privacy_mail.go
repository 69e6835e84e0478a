package workspace

import (
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// mailPartnerErased tells partner that the other member of pair erased their account: the
// pair is closed and its history stays under "former participant". It names nobody, so the
// outbox keeps nothing of the erased person.
func mailPartnerErased(app core.App, pair *kernel.Pair, partner *core.Record) error {
	program := pair.ProgramName(partner)
	_, err := outbox.QueueLetter(app, partner, pair.Locale(partner), outbox.Letter{
		Kind:       "account_erased",
		Subject:    outbox.P("privacy.mail.partner.subject", "program", program),
		Paragraphs: []outbox.Phrase{outbox.P("privacy.mail.partner.body", "program", program)},
		Action:     outbox.P("privacy.mail.partner.action"),
		Link:       "/matches/" + pair.Match.Id,
		Related:    pair.Match,
	})
	return err
}

// mailCoordinatorsErased tells the coordinators of application's programme that one of its
// mentors or mentees erased their account, and how many of their pairs that closed.
func mailCoordinatorsErased(app core.App, user, application *core.Record, closed int) error {
	program, err := app.FindRecordById(kernel.CollectionPrograms, application.GetString("program"))
	if err != nil {
		return err
	}
	coordinators, err := app.FindRecordsByIds(kernel.CollectionUsers, program.GetStringSlice("coordinators"))
	if err != nil {
		return err
	}
	for _, c := range coordinators {
		if c.Id == user.Id {
			continue
		}
		locale := outbox.RecipientLocale(c, program.GetStringSlice("languages"))
		name := kernel.ProgramName(program, locale)
		paragraphs := []outbox.Phrase{outbox.P("privacy.mail.coordinator.body."+application.GetString("role"), "program", name)}
		if closed > 0 {
			paragraphs = append(paragraphs, outbox.P("privacy.mail.coordinator.closed", "count", closed))
		}
		_, err := outbox.QueueLetter(app, c, locale, outbox.Letter{
			Kind:       "account_erased",
			Subject:    outbox.P("privacy.mail.coordinator.subject", "program", name),
			Paragraphs: paragraphs,
			Action:     outbox.P("privacy.mail.coordinator.action"),
			Link:       "/coordinate/" + program.GetString("slug") + "/pairs",
			Related:    program,
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// ScrubOutbox removes the erased person from the outbox, in the erasure's transaction: the
// mail to them goes, mail still to send that names them or quotes their address goes, and
// mail already sent (or given up) that does keeps only its recipient and delivery record.
// A name shorter than three letters is too common to look for.
func ScrubOutbox(app core.App, erased Erasure) error {
	if erased.Email == "" {
		return nil
	}
	if _, err := app.DB().NewQuery("DELETE FROM outbox WHERE lower([[to]]) = lower({:email})").
		Bind(dbx.Params{"email": erased.Email}).Execute(); err != nil {
		return err
	}
	mentions := "instr(lower(subject || ' ' || text || ' ' || html || ' ' || ics), lower({:email})) > 0"
	params := dbx.Params{"email": erased.Email}
	if name := strings.TrimSpace(erased.Name); len([]rune(name)) >= 3 {
		mentions += " OR instr(subject || ' ' || text || ' ' || html || ' ' || ics, {:name}) > 0"
		params["name"] = name
	}
	params["pending"] = outbox.OutboxPending
	if _, err := app.DB().NewQuery("DELETE FROM outbox WHERE status = {:pending} AND (" + mentions + ")").
		Bind(params).Execute(); err != nil {
		return err
	}
	_, err := app.DB().NewQuery("UPDATE outbox SET subject = '', text = '', html = '', ics = '' WHERE " + mentions).
		Bind(params).Execute()
	return err
}
