package workspace

import (
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// Placeholders are what a cohort mail's subject and text may hold, filled per recipient.
var Placeholders = []string{"{first_name}", "{partner_name}", "{match_link}", "{next_event}"}

// ReadyTexts are the ready-made cohort mails of seed 003's three moments: the kickoff
// invitation, the mid-programme "have you met?" and the closing thanks.
var ReadyTexts = []string{"kickoff", "midpoint", "closing"}

// ReadyText is the ready-made text name in lang, for the coordinator to edit before sending.
func ReadyText(name, lang string) CohortText {
	return CohortText{Subject: outbox.P("cohortmail.ready." + name + ".subject").Text(lang),
		Body: outbox.P("cohortmail.ready." + name + ".body").Text(lang)}
}

// NextProgramEvent is the programme's next scheduled event after now, or nil.
func NextProgramEvent(app core.App, program *core.Record, now time.Time) *core.Record {
	events, err := app.FindRecordsByFilter(kernel.CollectionEvents,
		"program = {:p} && starts_at >= {:now} && status != {:cancelled}", "starts_at", 1, 0,
		dbx.Params{"p": program.Id, "now": now.UTC().Format(types.DefaultDateLayout), "cancelled": kernel.EventCancelled})
	if err != nil || len(events) == 0 {
		return nil
	}
	return events[0]
}

// FillPlaceholders writes r's values into text for a reader of locale: their first name,
// their partner's name, the address of their match page and the programme's next event
// (empty when they have none).
func FillPlaceholders(app core.App, program *core.Record, r Recipient, next *core.Record, locale, text string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(r.User.GetString("name")), " ")
	partner, link, event := "", "", ""
	if r.Partner != nil {
		partner = r.Partner.GetString("name")
	}
	if r.Match != nil {
		link = kernel.PortalURL(app, "/matches/"+r.Match.Id)
	}
	if next != nil {
		event = outbox.P("cohortmail.mail.next_event", "title", EventTextIn(next, program, locale).Title,
			"when", kernel.LocalTime(next.GetDateTime("starts_at").Time(), program.GetString("timezone"))).Text(locale)
	}
	return strings.NewReplacer("{first_name}", first, "{partner_name}", partner,
		"{match_link}", link, "{next_event}", event).Replace(text)
}

// CohortLetter is the letter text becomes for r in locale: the programme's name in the
// subject and under the text, answers going to the programme's contact address.
func CohortLetter(app core.App, program *core.Record, r Recipient, text CohortText, locale string, next *core.Record) outbox.Letter {
	name := kernel.ProgramName(program, locale)
	letter := outbox.Letter{Kind: KindCohortMail, ReplyTo: program.GetString("contact_email"),
		Subject: outbox.P("cohortmail.mail.subject", "program", name,
			"subject", FillPlaceholders(app, program, r, next, locale, text.Subject))}
	body := strings.ReplaceAll(FillPlaceholders(app, program, r, next, locale, text.Body), "\r\n", "\n")
	for _, paragraph := range strings.Split(body, "\n\n") {
		if paragraph = strings.TrimSpace(paragraph); paragraph != "" {
			letter.Paragraphs = append(letter.Paragraphs, outbox.P("cohortmail.mail.paragraph", "text", paragraph))
		}
	}
	letter.After = []outbox.Phrase{outbox.P("cohortmail.mail.footer", "program", name)}
	if contact := program.GetString("contact_email"); contact != "" {
		letter.After = append(letter.After, outbox.P("cohortmail.mail.reply", "contact", contact))
	}
	return letter
}
