package workspace

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net/url"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// Codes of the refusals of an answer, catalog keys.
const (
	CodeRSVPNotInvited = "events.error.not_invited"
	CodeRSVPClosed     = "events.error.answers_closed"
	CodeRSVPAnswer     = "events.error.answer"
)

// RSVPPath is the portal address, mailed to userID, where they answer eventID without
// signing in: the signature proves the mail was theirs.
func RSVPPath(app core.App, eventID, userID string) string {
	return "/events/" + eventID + "/rsvp?" + url.Values{"u": {userID}, "s": {rsvpSignature(app, eventID, userID)}}.Encode()
}

// ValidRSVPSignature reports whether signature is the one RSVPPath mails userID for eventID.
func ValidRSVPSignature(app core.App, eventID, userID, signature string) bool {
	if eventID == "" || userID == "" || signature == "" {
		return false
	}
	return hmac.Equal([]byte(signature), []byte(rsvpSignature(app, eventID, userID)))
}

// rsvpSignature signs an answer link with the users collection's token secret, which only the
// server knows; the link answers one event for one person and nothing else.
func rsvpSignature(app core.App, eventID, userID string) string {
	var secret string
	if users, err := app.FindCachedCollectionByNameOrId(kernel.CollectionUsers); err == nil {
		secret = users.AuthToken.Secret
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("mentorbase event rsvp\x00" + eventID + "\x00" + userID))
	return base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

// AnswerEvent records userID's answer to eventID, kernel.RSVPComing or kernel.RSVPNotComing,
// replacing an earlier one. The record hook (CheckRSVP) refuses someone not invited and an
// event that is cancelled or over, whoever saves the answer.
func AnswerEvent(app core.App, eventID, userID, answer string) error {
	if answer != kernel.RSVPComing && answer != kernel.RSVPNotComing {
		return kernel.RefuseField("answer", CodeRSVPAnswer)
	}
	return app.RunInTransaction(func(txApp core.App) error {
		rsvp, err := txApp.FindFirstRecordByFilter(kernel.CollectionEventRSVPs, "event = {:event} && user = {:user}",
			dbx.Params{"event": eventID, "user": userID})
		if err != nil {
			collection, err := txApp.FindCachedCollectionByNameOrId(kernel.CollectionEventRSVPs)
			if err != nil {
				return err
			}
			rsvp = core.NewRecord(collection)
			rsvp.Set("event", eventID)
			rsvp.Set("user", userID)
		}
		rsvp.Set("answer", answer)
		return txApp.Save(rsvp)
	})
}

// CheckRSVP refuses an answer from someone the event does not invite, to a cancelled event or
// one that is over, or one moved to another event or person.
func CheckRSVP(app core.App, rsvp *core.Record, now time.Time) error {
	if !rsvp.IsNew() {
		old := rsvp.Original()
		if rsvp.GetString("event") != old.GetString("event") || rsvp.GetString("user") != old.GetString("user") {
			return kernel.RefuseField("event", CodeRSVPNotInvited).Validation()
		}
	}
	event, err := app.FindRecordById(kernel.CollectionEvents, rsvp.GetString("event"))
	if err != nil {
		return kernel.RefuseField("event", CodeRSVPNotInvited).Validation()
	}
	if EventCancelled(event) || EventOver(event, now) {
		return kernel.RefuseField("answer", CodeRSVPClosed).Validation()
	}
	invited, err := IsInvited(app, event, rsvp.GetString("user"))
	if err != nil {
		return err
	}
	if !invited {
		return kernel.RefuseField("event", CodeRSVPNotInvited).Validation()
	}
	return nil
}
