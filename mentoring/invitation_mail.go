package mentoring

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// MailMatchCreated queues the letter a new match calls for, whoever made it (the portal's
// Invite, the REST API or the dashboard): an invitation asks its mentor, in their language,
// to answer before it expires. A pair made by the coordinators is told when it is published
// (MailDraftPublished), so a new draft or active pair tells nobody here. Call it from the
// record hook, with the save's transaction, after the save.
func MailMatchCreated(app core.App, match *core.Record) error {
	if match.GetString("status") != kernel.MatchInvited {
		return nil
	}
	pair, err := kernel.PairOf(app, match)
	if err != nil {
		return err
	}
	return mailInvited(app, pair)
}

// MailDraftPublished queues the letters the publication of a coordinators' draft pair calls
// for, whoever published it (the portal's Publish, which activates every draft of a
// programme in one transaction and so calls this once per pair, the REST API or the
// dashboard): both members learn, in their language, who their partner is and how to reach
// them. from is the status stored before the save. Call it from the record hook, with the
// save's transaction, after the save, so a refused publication takes its letters back.
func MailDraftPublished(app core.App, match *core.Record, from string) error {
	if from != kernel.MatchDraft || match.GetString("status") != kernel.MatchActive {
		return nil
	}
	pair, err := kernel.PairOf(app, match)
	if err != nil {
		return err
	}
	return mailMatched(app, pair)
}

// MailInvitationChanged queues the letters the end of a pending invitation calls for,
// whoever ended it (the portal, the REST API, the dashboard or the expiry cron job), each in
// its recipient's language: an accepted invitation gives the mentee the mentor's words and
// contact details, a declined one tells the mentee the mentor's reason (unless a ranked
// request passes it on: PassRanked tells them), an expired one tells both people (the same), a cancelled one tells whoever still waits on it why. from is the status stored
// before the save. Call it from the record hook, with the save's transaction, after the save.
func MailInvitationChanged(app core.App, match *core.Record, from string) error {
	to := match.GetString("status")
	if from != kernel.MatchInvited {
		return nil // a published draft is MailDraftPublished's; a cancelled one was never shown
	}
	pair, err := kernel.PairOf(app, match)
	if err != nil {
		return err
	}
	switch to {
	case kernel.MatchActive:
		return mailAccepted(app, pair)
	case kernel.MatchDeclined:
		if passes(match) {
			return nil
		}
		return mailDeclined(app, pair)
	case kernel.MatchExpired:
		return mailExpired(app, pair, !passes(match))
	case kernel.MatchCancelled:
		return mailCancelled(app, pair)
	}
	return nil
}

// mailCancelled reads why an invitation was cancelled from the data, as the record hook has no
// request to ask: the mentor withdrew from the programme (the mentee is sent to choose
// another), the mentee withdrew, the mentee found another mentor (Respond saved that pair
// first, in the same transaction), the mentee cancelled it (ended_by), or the coordinators did.
func mailCancelled(app core.App, pair *kernel.Pair) error {
	match := pair.Match
	applications, err := app.FindRecordsByIds(kernel.CollectionApplications,
		[]string{match.GetString("mentor"), match.GetString("mentee")})
	if err != nil {
		return err
	}
	withdrawn := map[string]bool{}
	for _, a := range applications {
		withdrawn[a.Id] = a.GetString("status") == kernel.ApplicationWithdrawn
	}
	if withdrawn[match.GetString("mentor")] {
		return mailMentorWithdrew(app, pair)
	}
	if withdrawn[match.GetString("mentee")] {
		return mailInvitationClosed(app, pair, "mentoring.mail.closed.withdrawn")
	}
	matched, err := app.CountRecords(kernel.CollectionMatches, dbx.HashExp{
		"mentee": match.GetString("mentee"), "program": match.GetString("program"), "status": kernel.MatchActive})
	switch {
	case err != nil:
		return err
	case matched > 0:
		return mailInvitationClosed(app, pair, "mentoring.mail.closed.found")
	case match.GetString("ended_by") == pair.Mentee.Id:
		return mailInvitationClosed(app, pair, "mentoring.mail.closed.cancelled")
	}
	return mailInvitationClosed(app, pair, "mentoring.mail.closed.coordinator")
}

// mailInvitationClosed thanks the mentor of an invitation closed before they answered it, so
// they stop waiting for it and are not puzzled when it vanishes from their page. body is the
// catalog key saying why, with {name} (the mentee) and {program}.
func mailInvitationClosed(app core.App, pair *kernel.Pair, body string) error {
	menteeName := pair.Mentee.GetString("name")
	_, err := outbox.QueueLetter(app, pair.Mentor, pair.Locale(pair.Mentor), outbox.Letter{
		Kind:    "invitation_closed",
		Subject: outbox.P("mentoring.mail.closed.subject", "name", menteeName),
		Paragraphs: []outbox.Phrase{
			outbox.P(body, "name", menteeName, "program", pair.ProgramName(pair.Mentor)),
			outbox.P("mentoring.mail.closed.thanks"),
		},
		Action:  outbox.P("mentoring.mail.action.me"),
		Link:    "/me",
		Related: pair.Match,
	})
	return err
}

// mailDeclined tells the mentee that the mentor declined the invitation, with the reason they
// gave (match.response) and where to look for another mentor.
func mailDeclined(app core.App, pair *kernel.Pair) error {
	mentorName, program := pair.Mentor.GetString("name"), pair.ProgramName(pair.Mentee)
	paragraphs := []outbox.Phrase{outbox.P("mentoring.mail.declined.body", "name", mentorName, "program", program)}
	if reason := pair.Match.GetString("response"); reason != "" {
		paragraphs = append(paragraphs, outbox.P("mentoring.mail.declined.reason"), outbox.Quoted(reason))
	}
	_, err := outbox.QueueLetter(app, pair.Mentee, pair.Locale(pair.Mentee), outbox.Letter{
		Kind:       "invitation_declined",
		Subject:    outbox.P("mentoring.mail.declined.subject", "name", mentorName),
		Paragraphs: append(paragraphs, outbox.P("mentoring.mail.declined.next")),
		Action:     outbox.P("mentoring.mail.action.me"),
		Link:       "/me",
		Related:    pair.Match,
	})
	return err
}

// mailMentorWithdrew tells the mentee of an invitation closed because its mentor withdrew
// from the programme, and sends them to the directory to choose another mentor.
func mailMentorWithdrew(app core.App, pair *kernel.Pair) error {
	mentorName, program := pair.Mentor.GetString("name"), pair.ProgramName(pair.Mentee)
	_, err := outbox.QueueLetter(app, pair.Mentee, pair.Locale(pair.Mentee), outbox.Letter{
		Kind:    "invitation_mentor_withdrew",
		Subject: outbox.P("mentoring.mail.mentor_withdrew.subject", "name", mentorName),
		Paragraphs: []outbox.Phrase{
			outbox.P("mentoring.mail.mentor_withdrew.body", "name", mentorName, "program", program),
			outbox.P("mentoring.mail.mentor_withdrew.next"),
		},
		Action:  outbox.P("mentoring.mail.action.directory"),
		Link:    "/programs/" + pair.Program.GetString("slug") + "/mentors",
		Related: pair.Match,
	})
	return err
}

// passes reports whether an ended invitation belongs to a ranked request with mentors left to
// ask: PassRanked then tells the mentee, in one letter, what happened and where it went.
func passes(match *core.Record) bool { return len(RankedQueue(match)) > 0 }

// mailExpired tells the mentor, and the mentee when toMentee, that the invitation ran out
// unanswered.
func mailExpired(app core.App, pair *kernel.Pair, toMentee bool) error {
	if toMentee {
		_, err := outbox.QueueLetter(app, pair.Mentee, pair.Locale(pair.Mentee), outbox.Letter{
			Kind:       "invitation_expired",
			Subject:    outbox.P("mentoring.mail.expired.subject"),
			Paragraphs: []outbox.Phrase{outbox.P("mentoring.mail.expired.mentee", "name", pair.Mentor.GetString("name"), "program", pair.ProgramName(pair.Mentee))},
			Action:     outbox.P("mentoring.mail.action.me"),
			Link:       "/me",
			Related:    pair.Match,
		})
		if err != nil {
			return err
		}
	}
	_, err := outbox.QueueLetter(app, pair.Mentor, pair.Locale(pair.Mentor), outbox.Letter{
		Kind:       "invitation_expired",
		Subject:    outbox.P("mentoring.mail.expired.subject"),
		Paragraphs: []outbox.Phrase{outbox.P("mentoring.mail.expired.mentor", "name", pair.Mentee.GetString("name"), "program", pair.ProgramName(pair.Mentor))},
		Related:    pair.Match,
	})
	return err
}
