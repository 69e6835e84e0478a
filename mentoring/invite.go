package mentoring

import (
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// Invite sends menteeUserID's invitation, with a message saying why, to the mentor of
// mentorApplicationID in a self-service programme. The mentee needs an approved application
// in the same programme, no active mentor there, fewer pending invitations than the
// programme allows and no pending, active or declined pair with this mentor; the mentor must
// be approved, listed, not paused and have a seat left. The invitation stores the pair's score, expires
// after the programme's invitation_ttl_days; the record hook e-mails the mentor
// (MailMatchCreated).
func Invite(app core.App, menteeUserID, mentorApplicationID, message string) (*core.Record, error) {
	message = strings.TrimSpace(message)
	if message == "" {
		return nil, kernel.RefuseField("message", "mentoring.field.message")
	}
	var match *core.Record
	err := app.RunInTransaction(func(tx core.App) error {
		mentorApp, menteeApp, program, err := invitationParties(tx, menteeUserID, mentorApplicationID)
		if err != nil {
			return err
		}
		if err := checkInvitable(tx, program, menteeApp, mentorApp); err != nil {
			return err
		}
		match, err = newInvitation(tx, program, menteeApp, mentorApp, message)
		if err != nil {
			return err
		}
		return asRefusal(tx.Save(match))
	})
	return match, err
}

// newInvitation is the unsaved invitation of mentorApp by menteeApp with message: scored for
// the mentor to read, expiring after the programme's invitation_ttl_days.
func newInvitation(app core.App, program, menteeApp, mentorApp *core.Record, message string) (*core.Record, error) {
	result, err := ScorePair(app, menteeApp, mentorApp)
	if err != nil {
		return nil, err
	}
	collection, err := app.FindCachedCollectionByNameOrId(kernel.CollectionMatches)
	if err != nil {
		return nil, err
	}
	match := core.NewRecord(collection)
	match.Load(map[string]any{
		"program": program.Id, "mentor": mentorApp.Id, "mentee": menteeApp.Id,
		"status": kernel.MatchInvited, "origin": kernel.OriginInvitation, "message": message,
		"expires_at": time.Now().AddDate(0, 0, program.GetInt("invitation_ttl_days")).UTC(),
	})
	storeScore(match, result)
	return match, nil
}

// invitationParties loads the mentor's application, the mentee's approved application in the
// same self-service programme, and the programme, open for invitations.
func invitationParties(app core.App, menteeUserID, mentorApplicationID string) (mentorApp, menteeApp, program *core.Record, err error) {
	mentorApp, err = findOwn(app, kernel.CollectionApplications, mentorApplicationID)
	if err != nil {
		return nil, nil, nil, err
	}
	listed := mentorApp.GetString("role") == kernel.RoleMentor && mentorApp.GetString("status") == kernel.ApplicationApproved &&
		mentorApp.GetBool("listed_in_directory")
	if !listed || mentorApp.GetString("user") == menteeUserID {
		return nil, nil, nil, kernel.Refuse("mentoring.error.mentor_unavailable")
	}
	program, err = app.FindRecordById(kernel.CollectionPrograms, mentorApp.GetString("program"))
	if err != nil {
		return nil, nil, nil, err
	}
	if program.GetString("matching_mode") != kernel.MatchingSelfService {
		return nil, nil, nil, kernel.Refuse("mentoring.error.wrong_mode")
	}
	if phase := Phase(program, time.Now()); phase != PhaseApplications && phase != PhaseRunning {
		return nil, nil, nil, kernel.Refuse("mentoring.error.applications_closed")
	}
	menteeApp, err = app.FindFirstRecordByFilter(kernel.CollectionApplications,
		`user = {:user} && program = {:program} && role = {:role} && status = {:status}`,
		dbx.Params{"user": menteeUserID, "program": program.Id, "role": kernel.RoleMentee, "status": kernel.ApplicationApproved})
	if err != nil {
		return nil, nil, nil, kernel.Refuse("mentoring.error.not_approved")
	}
	return mentorApp, menteeApp, program, nil
}

// checkInvitable applies the limits of an invitation between two applications, reading the
// mentee's pairs once.
func checkInvitable(app core.App, program, menteeApp, mentorApp *core.Record) error {
	matches, err := app.FindRecordsByFilter(kernel.CollectionMatches, "mentee = {:mentee}", "", 0, 0, dbx.Params{"mentee": menteeApp.Id})
	if err != nil {
		return err
	}
	statuses := map[string]int{}    // the mentee's pairs by status
	withMentor := map[string]bool{} // statuses of the mentee's pairs with this mentor
	for _, m := range matches {
		statuses[m.GetString("status")]++
		if m.GetString("mentor") == mentorApp.Id {
			withMentor[m.GetString("status")] = true
		}
	}
	limit := program.GetInt("max_pending_invitations")
	switch {
	case statuses[kernel.MatchActive] > 0:
		return kernel.Refuse("mentoring.error.already_matched")
	case withMentor[kernel.MatchInvited]:
		return kernel.Refuse("mentoring.error.duplicate_invitation")
	case withMentor[kernel.MatchDeclined]:
		return kernel.Refuse("mentoring.error.declined_before")
	case statuses[kernel.MatchInvited] >= limit:
		return kernel.Refuse("mentoring.error.too_many_pending", "max", limit)
	}
	if refusal := kernel.MentorPaused(mentorApp, program, time.Now()); refusal != nil {
		return refusal
	}
	capacity, used, err := kernel.MentorSeats(app, mentorApp, "")
	if err != nil || used >= capacity {
		return orRefusal(err, kernel.CodeCapacityFull)
	}
	return nil
}

// orRefusal returns err when there is one, else a refusal with code.
func orRefusal(err error, code string, args ...any) error {
	if err != nil {
		return err
	}
	return kernel.Refuse(code, args...)
}

// Respond records the mentor's answer to an invitation. Accepting makes the pair active
// (when the mentor still has a seat: the capacity hook holds it even against a concurrent
// acceptance), cancels the mentee's other pending invitations in the programme (the record
// hook thanks those mentors); the record hook e-mails the mentee the mentor's contact details,
// or, on a decline, the reason kept in the response (MailInvitationChanged).
func Respond(app core.App, mentorUserID, matchID string, accept bool, reason string) error {
	return app.RunInTransaction(func(tx core.App) error {
		match, members, err := pendingInvitation(tx, matchID)
		if err != nil {
			return err
		}
		if members.Mentor.Id != mentorUserID {
			return kernel.Refuse("mentoring.error.not_found")
		}
		now := types.NowDateTime()
		match.Set("response", strings.TrimSpace(reason))
		if !accept {
			match.Set("status", kernel.MatchDeclined)
			return asRefusal(tx.Save(match))
		}
		match.Set("status", kernel.MatchActive)
		match.Set("started_at", now)
		match.Set("mentor_agreed_at", now)
		match.Set("mentee_agreed_at", match.GetDateTime("created"))
		if err := tx.Save(match); err != nil {
			return asRefusal(err)
		}
		return cancelOtherInvitations(tx, match)
	})
}

// pendingInvitation loads an invitation that still waits for an answer and its members.
func pendingInvitation(app core.App, matchID string) (*core.Record, *kernel.Pair, error) {
	match, err := findOwn(app, kernel.CollectionMatches, matchID)
	if err != nil {
		return nil, nil, err
	}
	members, err := kernel.PairOf(app, match)
	if err != nil {
		return nil, nil, err
	}
	if match.GetString("status") != kernel.MatchInvited {
		return nil, nil, kernel.Refuse("mentoring.error.not_pending")
	}
	if exp := match.GetDateTime("expires_at").Time(); !exp.IsZero() && !time.Now().Before(exp) {
		return nil, nil, kernel.Refuse("mentoring.error.expired")
	}
	return match, members, nil
}

// cancelOtherInvitations closes the mentee's other pending invitations in the programme once
// one is accepted; the record hook thanks each of those mentors, who read from the accepted
// pair that the mentee found a mentor.
func cancelOtherInvitations(app core.App, accepted *core.Record) error {
	others, err := app.FindRecordsByFilter(kernel.CollectionMatches,
		`mentee = {:mentee} && program = {:program} && status = {:status} && id != {:id}`, "", 0, 0,
		dbx.Params{"mentee": accepted.GetString("mentee"), "program": accepted.GetString("program"), "id": accepted.Id,
			"status": kernel.MatchInvited})
	if err != nil {
		return err
	}
	for _, other := range others {
		other.Set("status", kernel.MatchCancelled)
		if err := app.Save(other); err != nil {
			return err
		}
	}
	return nil
}

// CancelInvitation withdraws menteeUserID's own pending invitation, naming them in ended_by so
// the record hook tells the mentor, in the mentee's words, to stop waiting for it.
func CancelInvitation(app core.App, menteeUserID, matchID string) error {
	return app.RunInTransaction(func(tx core.App) error {
		match, err := findOwn(tx, kernel.CollectionMatches, matchID)
		if err != nil {
			return err
		}
		members, err := kernel.PairOf(tx, match)
		if err != nil {
			return err
		}
		if members.Mentee.Id != menteeUserID {
			return kernel.Refuse("mentoring.error.not_found")
		}
		if match.GetString("status") != kernel.MatchInvited {
			return kernel.Refuse("mentoring.error.not_pending")
		}
		match.Set("status", kernel.MatchCancelled)
		match.Set("ended_by", menteeUserID)
		return tx.Save(match)
	})
}
