package workspace

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// Outbox kinds of the closing offer: to each member, and to each coordinator of the programme.
const (
	ClosingOfferKind            = "closing_offer"
	ClosingOfferCoordinatorKind = "closing_offer_coordinator"
)

// CloseAfter is how long a pair of program may go without a sign of life (SignOfLifeSQL)
// before it is offered closing.
func CloseAfter(program *core.Record) time.Duration {
	return days(program.GetInt("close_after_days"), defaultCloseDays)
}

// warnPair tells both members and the programme's coordinators, each in their language, that
// the long-silent pair may be closed once ClosingWarning has run out, and stamps the match
// (closing_warned_at, and drift_nudged_at: the warning stands for this silence's nudge), all
// in one transaction.
func warnPair(app core.App, pair *kernel.Pair, now time.Time) (int, error) {
	coordinators, err := app.FindRecordsByIds(kernel.CollectionUsers, pair.Program.GetStringSlice("coordinators"))
	if err != nil {
		return 0, err
	}
	silent := int(CloseAfter(pair.Program).Hours() / 24)
	until := dayOf(now.Add(ClosingWarning), kernel.ProgramZone(pair.Program)).Format("2006-01-02")
	languages := pair.Program.GetStringSlice("languages")
	err = app.RunInTransaction(func(txApp core.App) error {
		for _, person := range pair.Members() {
			partner := pair.Partner(person.Id).GetString("name")
			l := outbox.Letter{
				Kind:    ClosingOfferKind,
				Subject: outbox.P("closing.offer.subject", "name", partner),
				Paragraphs: []outbox.Phrase{outbox.P("closing.offer.body",
					"name", partner, "days", silent, "program", pair.ProgramName(person), "date", until)},
				Action:  outbox.P("closing.offer.action"),
				Link:    "/matches/" + pair.Match.Id + "#checkin",
				After:   []outbox.Phrase{outbox.P("closing.offer.after", "name", partner)},
				Related: pair.Match,
			}
			if _, err := outbox.QueueLetter(txApp, person, outbox.RecipientLocale(person, languages), l); err != nil {
				return err
			}
		}
		for _, coordinator := range coordinators {
			l := outbox.Letter{
				Kind:    ClosingOfferCoordinatorKind,
				Subject: outbox.P("closing.coordinator.subject", "mentor", pair.Mentor.GetString("name"), "mentee", pair.Mentee.GetString("name")),
				Paragraphs: []outbox.Phrase{outbox.P("closing.coordinator.body", "mentor", pair.Mentor.GetString("name"),
					"mentee", pair.Mentee.GetString("name"), "days", silent, "program", pair.ProgramName(coordinator), "date", until)},
				Action:  outbox.P("closing.coordinator.action"),
				Link:    "/matches/" + pair.Match.Id + "#closing",
				Related: pair.Match,
			}
			if _, err := outbox.QueueLetter(txApp, coordinator, outbox.RecipientLocale(coordinator, languages), l); err != nil {
				return err
			}
		}
		pair.Match.Set("closing_warned_at", now.UTC())
		pair.Match.Set("drift_nudged_at", now.UTC())
		return txApp.SaveNoValidate(pair.Match)
	})
	if err != nil {
		return 0, err
	}
	return len(pair.Members()) + len(coordinators), nil
}

// KeepOpen records that coordinatorID, a coordinator of the pair's programme, decided to keep
// the pair of matchID open after its closing warning: the warning ends, and the pair is
// offered closing again only after a new sign of life and another long silence. A member, or
// a pair under no warning, gets kernel.ErrNotAllowed; anyone else kernel.ErrNotFound.
func KeepOpen(app core.App, coordinatorID, matchID string, now time.Time) error {
	return app.RunInTransaction(func(txApp core.App) error {
		pair, role, err := Open(txApp, coordinatorID, matchID)
		if err != nil {
			return err
		}
		if role != RoleCoordinator {
			return kernel.ErrNotAllowed
		}
		silences, err := Silences(txApp, []string{matchID}, now)
		if err != nil {
			return err
		}
		if _, warned := silences[matchID].Warning(); !warned {
			return kernel.ErrNotAllowed
		}
		pair.Match.Set("closing_kept_at", now.UTC())
		return txApp.SaveNoValidate(pair.Match)
	})
}
