package mentoring

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// LockPair keeps (or releases) a draft pair when the proposal is computed again.
func LockPair(app core.App, coordinatorID, matchID string, locked bool) error {
	return app.RunInTransaction(func(tx core.App) error {
		match, err := coordinatorsMatch(tx, coordinatorID, matchID)
		if err != nil {
			return err
		}
		if match.GetString("status") != kernel.MatchDraft {
			return kernel.Refuse("mentoring.error.not_editable")
		}
		match.Set("locked", locked)
		if locked {
			match.Set("excluded", false)
		}
		return tx.Save(match)
	})
}

// ExcludePair makes sure the engine never proposes this mentee with this mentor: their draft
// becomes excluded, or an excluded draft is stored. Publishing leaves it alone.
func ExcludePair(app core.App, coordinatorID, menteeAppID, mentorAppID string) error {
	return app.RunInTransaction(func(tx core.App) error {
		mentee, mentor, err := consolePair(tx, coordinatorID, menteeAppID, mentorAppID)
		if err != nil {
			return err
		}
		match, err := draftOf(tx, mentee, mentor)
		if err != nil {
			return err
		}
		match.Set("excluded", true)
		match.Set("locked", false)
		return tx.Save(match)
	})
}

// AssignPair pairs a mentee with a mentor by hand: a locked draft with the pair's score,
// replacing the mentee's other drafts. The mentor needs a seat left beyond their active pairs
// and the other pairs of the proposal; when they have none, the coordinator names one of the
// mentor's drafts, dropMatchID, to give up for this pair. A pair a must-have criterion
// forbids may still be assigned (score 0): the coordinator overrides the criteria.
func AssignPair(app core.App, coordinatorID, menteeAppID, mentorAppID, dropMatchID string) (*core.Record, error) {
	var match *core.Record
	err := app.RunInTransaction(func(tx core.App) error {
		mentee, mentor, err := consolePair(tx, coordinatorID, menteeAppID, mentorAppID)
		if err != nil {
			return err
		}
		if err := makeSeat(tx, mentee, mentor, dropMatchID); err != nil {
			return err
		}
		if match, err = draftOf(tx, mentee, mentor); err != nil {
			return err
		}
		others, err := tx.FindRecordsByFilter(kernel.CollectionMatches,
			`mentee = {:mentee} && status = {:status} && mentor != {:mentor}`,
			"", 0, 0, dbx.Params{"mentee": mentee.Id, "mentor": mentor.Id, "status": kernel.MatchDraft})
		if err != nil {
			return err
		}
		for _, other := range others {
			if !other.GetBool("excluded") {
				if err := tx.Delete(other); err != nil {
					return err
				}
			}
		}
		match.Set("locked", true)
		match.Set("excluded", false)
		return tx.Save(match)
	})
	return match, err
}

// makeSeat checks the mentee has no active pair and the mentor a seat for one more, deleting
// the mentor's draft dropMatchID when that is what frees the seat. A full mentor without a
// draft to drop is refused with their name and how many pairs they have.
func makeSeat(app core.App, mentee, mentor *core.Record, dropMatchID string) error {
	if _, err := app.FindFirstRecordByFilter(kernel.CollectionMatches, `mentee = {:mentee} && status = {:status}`,
		dbx.Params{"mentee": mentee.Id, "status": kernel.MatchActive}); err == nil {
		return kernel.Refuse("mentoring.error.already_matched")
	}
	load, err := ProposalLoad(app, mentor, mentee.Id)
	if err != nil {
		return err
	}
	if !load.Full() {
		return nil
	}
	for _, draft := range load.Drafts {
		if draft.Id == dropMatchID && load.Pairs()-1 < load.Capacity {
			return app.Delete(draft)
		}
	}
	return kernel.Refuse("console.error.mentor_full", "mentor", applicantName(app, mentor),
		"pairs", load.Pairs(), "capacity", load.Capacity)
}

// Publish makes every draft pair of the programme that is not excluded active, all in one
// transaction; the record hook e-mails both members of each pair their partner's name and
// contact details and what to do next (MailDraftPublished), in that transaction: if one pair
// cannot become active (a mentor without a seat), nothing changes, nothing is sent and the
// refusal names the mentor and the mentees of their pairs. It returns how many pairs were
// published.
func Publish(app core.App, coordinatorID, programID string) (int, error) {
	published := 0
	err := app.RunInTransaction(func(tx core.App) error {
		published = 0
		if !IsCoordinator(tx, coordinatorID, programID) {
			return kernel.Refuse("mentoring.error.not_coordinator")
		}
		drafts, err := tx.FindRecordsByFilter(kernel.CollectionMatches, `program = {:program} && status = {:status} && excluded = false`,
			"created", 0, 0, dbx.Params{"program": programID, "status": kernel.MatchDraft})
		if err != nil {
			return err
		}
		over, err := Overbooked(tx, programID)
		if err != nil {
			return err
		}
		now := types.NowDateTime()
		for _, draft := range drafts {
			draft.Set("status", kernel.MatchActive)
			draft.Set("started_at", now)
			if err := tx.Save(draft); err != nil {
				return overbookedRefusal(tx, over, err)
			}
			published++
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return published, nil
}

// coordinatorsMatch loads a match of a programme coordinatorID coordinates.
func coordinatorsMatch(app core.App, coordinatorID, matchID string) (*core.Record, error) {
	match, err := findOwn(app, kernel.CollectionMatches, matchID)
	if err != nil {
		return nil, err
	}
	if !IsCoordinator(app, coordinatorID, match.GetString("program")) {
		return nil, kernel.Refuse("mentoring.error.not_coordinator")
	}
	return match, nil
}

// consolePair loads an approved mentee and an approved mentor application of one programme
// coordinatorID coordinates.
func consolePair(app core.App, coordinatorID, menteeAppID, mentorAppID string) (mentee, mentor *core.Record, err error) {
	if mentee, err = findOwn(app, kernel.CollectionApplications, menteeAppID); err != nil {
		return nil, nil, err
	}
	if mentor, err = findOwn(app, kernel.CollectionApplications, mentorAppID); err != nil {
		return nil, nil, err
	}
	program := mentee.GetString("program")
	if !IsCoordinator(app, coordinatorID, program) {
		return nil, nil, kernel.Refuse("mentoring.error.not_coordinator")
	}
	if mentor.GetString("program") != program ||
		mentee.GetString("role") != kernel.RoleMentee || mentor.GetString("role") != kernel.RoleMentor ||
		mentee.GetString("status") != kernel.ApplicationApproved || mentor.GetString("status") != kernel.ApplicationApproved {
		return nil, nil, kernel.Refuse("mentoring.error.not_approved")
	}
	return mentee, mentor, nil
}

// draftOf returns the pair's draft match, or a new unsaved one with its score.
func draftOf(app core.App, mentee, mentor *core.Record) (*core.Record, error) {
	match, err := app.FindFirstRecordByFilter(kernel.CollectionMatches,
		`mentee = {:mentee} && mentor = {:mentor} && status = {:status}`,
		dbx.Params{"mentee": mentee.Id, "mentor": mentor.Id, "status": kernel.MatchDraft})
	if err == nil {
		return match, nil
	}
	collection, err := app.FindCachedCollectionByNameOrId(kernel.CollectionMatches)
	if err != nil {
		return nil, err
	}
	match = core.NewRecord(collection)
	match.Load(map[string]any{"program": mentee.GetString("program"), "mentor": mentor.Id, "mentee": mentee.Id,
		"status": kernel.MatchDraft, "origin": kernel.OriginCoordinator})
	result, err := ScorePair(app, mentee, mentor)
	if err != nil {
		return nil, err
	}
	storeScore(match, result)
	return match, nil
}
