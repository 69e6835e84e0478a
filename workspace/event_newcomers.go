package workspace

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// InviteNewcomers sends the programme's coming events to people who have just joined their
// audience — an application approved, a pair made active — and were never sent them: a
// kickoff announced in spring reaches the participants approved in summer. Call it in the
// transaction of the change that made them invitees.
func InviteNewcomers(app core.App, programID string, userIDs []string) error {
	events, err := app.FindAllRecords(kernel.CollectionEvents, dbx.HashExp{"program": programID, "status": kernel.EventScheduled})
	if err != nil || len(events) == 0 {
		return err
	}
	var program *core.Record
	for _, event := range events {
		if EventOver(event, time.Now()) {
			continue
		}
		invitees, err := Invitees(app, programID, EventAudience(event))
		if err != nil {
			return err
		}
		newcomers := map[string]bool{}
		for _, id := range userIDs {
			if invitees[id] && !sentInvitation(app, event.Id, id) {
				newcomers[id] = true
			}
		}
		if len(newcomers) == 0 {
			continue
		}
		if program == nil {
			if program, err = app.FindRecordById(kernel.CollectionPrograms, programID); err != nil {
				return err
			}
		}
		if err := mailEvent(app, program, event, newcomers, MailEventAnnounced); err != nil {
			return err
		}
	}
	return nil
}

// InviteApproved sends the coming events to application's person once it is approved; any
// other status sends nothing. Call it in the transaction that saved the application.
func InviteApproved(app core.App, application *core.Record) error {
	if application.GetString("status") != kernel.ApplicationApproved {
		return nil
	}
	return InviteNewcomers(app, application.GetString("program"), []string{application.GetString("user")})
}

// InvitePaired sends the coming events to both members of match once it is active; any other
// status sends nothing. Call it in the transaction that saved the match.
func InvitePaired(app core.App, match *core.Record) error {
	if match.GetString("status") != kernel.MatchActive {
		return nil
	}
	pair, err := kernel.PairOf(app, match)
	if err != nil {
		return err
	}
	return InviteNewcomers(app, match.GetString("program"), []string{pair.Mentor.Id, pair.Mentee.Id})
}

// sentInvitation reports whether userID was ever sent eventID's announcement or an update.
func sentInvitation(app core.App, eventID, userID string) bool {
	user, err := app.FindRecordById(kernel.CollectionUsers, userID)
	if err != nil {
		return true
	}
	n, err := app.CountRecords(kernel.CollectionOutbox, dbx.HashExp{"related_id": eventID, "to": user.Email()},
		dbx.In("kind", MailEventAnnounced, MailEventUpdated))
	return err != nil || n > 0
}
