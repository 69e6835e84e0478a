package workspace

import (
	"context"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// ErasePerson erases user's account on behalf of actor. The deletion goes through the users
// delete hook like a deletion in the dashboard, so ForgetPerson and ScrubOutbox run in its
// transaction whoever deletes the account.
func ErasePerson(app core.App, user *core.Record, actor PrivacyActor) error {
	return app.DeleteWithContext(WithPrivacyActor(context.Background(), actor), user)
}

// Erasure is who was erased, for ScrubOutbox once the account is gone.
type Erasure struct{ Email, Name string }

// ForgetPerson prepares the erasure of user, in the delete's transaction, before the account
// goes: each application that has an active or ended pair passes to a stand-in named "former
// participant" with its answers cleared, and so do the person's messages (their files
// dropped), meetings, goals and road-book (its file dropped), so the partner keeps the pair's
// history; active pairs close and the partner is told; the coordinators of every programme
// the person applied to are told; the erasure is logged. What is left — the account, the other
// applications, notes, evaluations, charter acceptances, help requests, event answers — the
// deletion's cascade removes. A stand-in deleted in its turn needs nothing.
func ForgetPerson(app core.App, user *core.Record, actor PrivacyActor) (Erasure, error) {
	if kernel.IsFormerParticipant(user) {
		return Erasure{}, nil
	}
	applications, err := app.FindAllRecords(kernel.CollectionApplications, dbx.HashExp{"user": user.Id})
	if err != nil {
		return Erasure{}, err
	}
	for _, a := range applications {
		closed, err := keepSharedPairs(app, user, a)
		if err != nil {
			return Erasure{}, err
		}
		if err := mailCoordinatorsErased(app, user, a, closed); err != nil {
			return Erasure{}, err
		}
	}
	if err := logPrivacy(app, kernel.PrivacyErasure, user.Id, actor); err != nil {
		return Erasure{}, err
	}
	return Erasure{Email: user.Email(), Name: user.GetString("name")}, nil
}

// keepSharedPairs hands application and its active or ended pairs to a stand-in, closes the
// active ones and tells their partner; it says how many it closed. An application without
// such a pair is left to the deletion's cascade.
func keepSharedPairs(app core.App, user, application *core.Record) (closed int, err error) {
	matches, err := app.FindAllRecords(kernel.CollectionMatches,
		dbx.Or(dbx.HashExp{"mentor": application.Id}, dbx.HashExp{"mentee": application.Id}),
		dbx.In("status", kernel.MatchActive, kernel.MatchClosed))
	if err != nil || len(matches) == 0 {
		return 0, err
	}
	pairs, err := kernel.FindPairs(app, matches)
	if err != nil {
		return 0, err
	}
	partner := pairs[0].Partner(user.Id)
	standIn, err := newFormerParticipant(app, pairs[0].Locale(partner))
	if err != nil {
		return 0, err
	}
	if err := anonymiseApplication(app, application, standIn, true); err != nil {
		return 0, err
	}
	for _, pair := range pairs {
		if err := handOver(app, pair.Match, user.Id, standIn, application.GetString("role")); err != nil {
			return 0, err
		}
		if pair.Match.GetString("status") != kernel.MatchActive {
			continue
		}
		if err := closeForErasure(app, pair, standIn); err != nil {
			return 0, err
		}
		if err := mailPartnerErased(app, pair, pair.Partner(user.Id)); err != nil {
			return 0, err
		}
		closed++
	}
	return closed, nil
}

// applicationKept are the fields of an application that outlive its author: which programme,
// which side of the pair, and where it stands.
var applicationKept = map[string]bool{"id": true, "program": true, "role": true, "status": true, "created": true, "updated": true}

// anonymiseApplication clears every answer of application and gives it to standIn; withdraw
// withdraws it where it may be, so that no directory or console offers it again (an ended
// programme's applications keep their status for its report).
func anonymiseApplication(app core.App, application *core.Record, standInID string, withdraw bool) error {
	for _, f := range application.Collection().Fields {
		if !applicationKept[f.GetName()] {
			application.Set(f.GetName(), nil)
		}
	}
	application.Set("user", standInID)
	if withdraw && kernel.ApplicationMayBecome(application.GetString("status"), kernel.ApplicationWithdrawn) {
		application.Set("status", kernel.ApplicationWithdrawn)
	}
	// The cleared answers include required ones: the stand-in's application is a shell.
	return app.SaveNoValidate(application)
}

// handOver gives what from did in match to standIn: messages (without their files), meetings
// proposed, goals written, the pair's ending, and, from a mentee, the road-book's file goes.
func handOver(app core.App, match *core.Record, from, standIn, role string) error {
	written, err := app.FindAllRecords(kernel.CollectionMessages, dbx.HashExp{"match": match.Id, "author": from})
	if err != nil {
		return err
	}
	for _, m := range written {
		m.Set("author", standIn)
		m.Set("attachments", nil)
		m.Set("attachment_names", nil)
		if err := app.Save(m); err != nil {
			return err
		}
	}
	if err := renameAuthor(app, from, standIn, "id = {:match}", dbx.Params{"match": match.Id}); err != nil {
		return err
	}
	if role != kernel.RoleMentee {
		return nil
	}
	roadbook, err := app.FindFirstRecordByData(kernel.CollectionRoadbooks, "match", match.Id)
	if err != nil {
		return nil // no road-book written
	}
	roadbook.Set("attachment", nil)
	roadbook.Set("attachment_name", "")
	return app.Save(roadbook)
}

// closeForErasure ends pair's active relationship, ended by the stand-in; MailMatchChanged
// leaves the telling to mailPartnerErased.
func closeForErasure(app core.App, pair *kernel.Pair, standInID string) error {
	match, err := app.FindRecordById(kernel.CollectionMatches, pair.Match.Id)
	if err != nil {
		return err
	}
	match.Set("status", kernel.MatchClosed)
	match.Set("ended_at", types.NowDateTime())
	match.Set("ended_by", standInID)
	return app.Save(match)
}
