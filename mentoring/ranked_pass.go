package mentoring

import (
	"errors"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// PassRanked moves a ranked request on once its invitation (match, stored as from) is
// declined or expires, whoever ended it (the mentor in the portal or the REST API, the expiry
// cron job): the next mentor of its queue who can still be invited is invited at once with
// the mentee's message (the record hook mails them, MailMatchCreated), and the mentee is told
// where the request went, or that nobody is left on the list. Mentors who became full,
// paused, unlisted or matched in between are skipped. Call it from the record hook, in the
// save's transaction, after the save.
func PassRanked(app core.App, match *core.Record, from string) error {
	to := match.GetString("status")
	queue := RankedQueue(match)
	if from != kernel.MatchInvited || (to != kernel.MatchDeclined && to != kernel.MatchExpired) || len(queue) == 0 {
		return nil
	}
	pair, err := kernel.PairOf(app, match)
	if err != nil {
		return err
	}
	next, err := inviteNext(app, pair, queue)
	if err != nil {
		return err
	}
	return mailPassed(app, pair, next)
}

// inviteNext invites the first mentor of queue who can still be invited, in the request of
// pair's match; nil when nobody can.
func inviteNext(app core.App, pair *kernel.Pair, queue []string) (*core.Record, error) {
	if phase := Phase(pair.Program, time.Now()); phase != PhaseApplications && phase != PhaseRunning {
		return nil, nil
	}
	menteeApp, err := app.FindRecordById(kernel.CollectionApplications, pair.Match.GetString("mentee"))
	if err != nil {
		return nil, err
	}
	for i, id := range queue {
		mentorApp, err := app.FindRecordById(kernel.CollectionApplications, id)
		if err != nil || !listedMentorOf(mentorApp, pair.Program) {
			continue
		}
		err = checkInvitable(app, pair.Program, menteeApp, mentorApp)
		var refused *kernel.Error
		if errors.As(err, &refused) {
			continue
		} else if err != nil {
			return nil, err
		}
		next, err := newInvitation(app, pair.Program, menteeApp, mentorApp, pair.Match.GetString("message"))
		if err != nil {
			return nil, err
		}
		next.Set("rank", pair.Match.GetInt("rank")+i+1)
		next.Set("ranked_queue", queue[i+1:])
		next.Set("ranked_first", rankedFirst(pair.Match))
		return next, app.Save(next)
	}
	return nil, nil
}

// listedMentorOf reports whether application is a mentor listed in program's directory.
func listedMentorOf(application, program *core.Record) bool {
	return application.GetString("program") == program.Id && application.GetString("role") == kernel.RoleMentor &&
		application.GetString("status") == kernel.ApplicationApproved && application.GetBool("listed_in_directory")
}

// mailPassed tells the mentee that the mentor of pair declined (with their reason) or let the
// invitation expire, and that it went on to next, their choice number n; or, with next nil,
// that nobody is left on their list.
func mailPassed(app core.App, pair *kernel.Pair, next *core.Record) error {
	match, name := pair.Match, pair.Mentor.GetString("name")
	what := "booking.mail.ranked.declined"
	if match.GetString("status") == kernel.MatchExpired {
		what = "booking.mail.ranked.expired"
	}
	paragraphs := []outbox.Phrase{outbox.P(what, "name", name)}
	if reason := match.GetString("response"); reason != "" && match.GetString("status") == kernel.MatchDeclined {
		paragraphs = append(paragraphs, outbox.P("mentoring.mail.declined.reason"), outbox.Quoted(reason))
	}
	letter := outbox.Letter{Kind: "ranked_exhausted", Subject: outbox.P("booking.mail.ranked.exhausted_subject"),
		Action: outbox.P("mentoring.mail.action.directory"), Link: "/programs/" + pair.Program.GetString("slug") + "/mentors",
		Related: match}
	if next == nil {
		letter.Paragraphs = append(paragraphs, outbox.P("booking.mail.ranked.exhausted"))
		_, err := outbox.QueueLetter(app, pair.Mentee, pair.Locale(pair.Mentee), letter)
		return err
	}
	nextPair, err := kernel.PairOf(app, next)
	if err != nil {
		return err
	}
	nextName := nextPair.Mentor.GetString("name")
	letter.Kind, letter.Subject = "ranked_passed", outbox.P("booking.mail.ranked.passed_subject", "name", nextName)
	letter.Paragraphs = append(paragraphs, outbox.P("booking.mail.ranked.passed", "name", nextName, "rank", next.GetInt("rank")))
	letter.Action, letter.Link, letter.Related = outbox.P("mentoring.mail.action.me"), "/me", next
	_, err = outbox.QueueLetter(app, pair.Mentee, pair.Locale(pair.Mentee), letter)
	return err
}
