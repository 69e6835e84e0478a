package workspace

import (
	"time"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/calendar"
	"github.com/mentorbase/mentorbase/kernel"
)

// MaxMeetingMinutes is MaxMeetingLength in minutes, to check a number of minutes before it is
// turned into a time.Duration (which a huge number overflows).
const MaxMeetingMinutes = int(MaxMeetingLength / time.Minute)

// Proposal is when, how and about what a member proposes to meet.
type Proposal struct {
	Start    time.Time // an instant; the portal reads it in the programme's zone
	Duration time.Duration
	Mode     string // calendar.ModeInPerson, ModeVideo or ModePhone
	Location string // required in person
	VideoURL string // required by video
	Agenda   string
	// Token is the proposing form's one-time token: the same form posted twice proposes one
	// meeting (empty: no such form).
	Token string
}

// validate reports what is missing or wrong, per form field.
func (p Proposal) validate() error {
	errs := validation.Errors{}
	if p.Start.IsZero() {
		errs["starts_at"] = validation.ErrRequired
	}
	if p.Duration <= 0 || p.Duration > MaxMeetingLength {
		errs["duration"] = validation.NewError("validation_invalid_value", "between a minute and 8 hours")
	}
	switch p.Mode {
	case calendar.ModeInPerson:
		if p.Location == "" {
			errs["location"] = validation.ErrRequired
		}
	case calendar.ModeVideo:
		if p.VideoURL == "" {
			errs["video_url"] = validation.ErrRequired
		}
	case calendar.ModePhone:
	default:
		errs["mode"] = validation.ErrInInvalid
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// apply writes the proposal into a meetings record; the place fields of other modes are cleared.
func (p Proposal) apply(meeting *core.Record) {
	meeting.Set("starts_at", p.Start.UTC())
	meeting.Set("ends_at", p.Start.Add(p.Duration).UTC())
	meeting.Set("mode", p.Mode)
	meeting.Set("location", "")
	meeting.Set("video_url", "")
	switch p.Mode {
	case calendar.ModeInPerson:
		meeting.Set("location", p.Location)
	case calendar.ModeVideo:
		meeting.Set("video_url", p.VideoURL)
	}
	meeting.Set("agenda", p.Agenda)
}

// ProposeMeeting records a meeting proposed by userID, a member of the active match; both
// members are mailed a REQUEST invite with SEQUENCE 0. A time already past is refused beside
// the date (the meetings hook refuses it whoever saves). A proposal whose form token already
// proposed a meeting of the match returns that meeting and creates none: a double submit, or
// two posts at once, which the token's unique index settles.
func ProposeMeeting(app core.App, userID, matchID string, p Proposal) (*core.Record, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	if err := checkStart(p.Start, time.Now()); err != nil {
		return nil, err
	}
	return createMeetingOnce(app, userID, matchID, p.Token, func(_ core.App, _ *kernel.Pair, meeting *core.Record) error {
		p.apply(meeting)
		meeting.Set("status", calendar.StatusProposed)
		meeting.Set("sequence", 0)
		return nil
	})
}

// createMeetingOnce saves the meeting fill completes for the active match, proposed by
// userID, a member, in one transaction — unless the form's token already made one: the same
// form posted twice (a double click, a second tab, a reload) makes one meeting, and both
// answers are that meeting. fill may refuse.
func createMeetingOnce(app core.App, userID, matchID, token string, fill func(txApp core.App, pair *kernel.Pair, meeting *core.Record) error) (*core.Record, error) {
	var meeting *core.Record
	err := app.RunInTransaction(func(txApp core.App) error {
		pair, _, err := openActive(txApp, userID, matchID)
		if err != nil {
			return err
		}
		if meeting = proposedWith(txApp, matchID, token); meeting != nil {
			return nil
		}
		collection, err := txApp.FindCachedCollectionByNameOrId(kernel.CollectionMeetings)
		if err != nil {
			return err
		}
		meeting = core.NewRecord(collection)
		meeting.Set("match", matchID)
		meeting.Set("proposed_by", userID)
		meeting.Set("form_token", token)
		if err := fill(txApp, pair, meeting); err != nil {
			return err
		}
		return txApp.Save(meeting)
	})
	if err != nil {
		if earlier := proposedWith(app, matchID, token); earlier != nil {
			return earlier, nil
		}
	}
	return meeting, err
}

// proposedWith is the meeting of the match that the form token already proposed, nil when
// none did or there is no token.
func proposedWith(app core.App, matchID, token string) *core.Record {
	if token == "" {
		return nil
	}
	meeting, err := app.FindFirstRecordByFilter(kernel.CollectionMeetings, "match = {:match} && form_token = {:token}",
		dbx.Params{"match": matchID, "token": token})
	if err != nil {
		return nil
	}
	return meeting
}

// ConfirmMeeting records that the member who did not propose the meeting's time accepts it;
// both are mailed the REQUEST invite again, now confirmed.
func ConfirmMeeting(app core.App, userID, meetingID string) error {
	return changeMeeting(app, userID, meetingID, func(m *core.Record) error {
		if m.GetString("status") != calendar.StatusProposed || m.GetString("proposed_by") == userID {
			return kernel.ErrNotAllowed
		}
		m.Set("status", calendar.StatusConfirmed)
		return nil
	})
}

// RescheduleMeeting changes a proposed or confirmed meeting's time, place or agenda. A new
// time or place is proposed again by userID for the partner to confirm; a new agenda alone
// keeps the meeting's status. The meeting hook (pb_hooks) decides the rest, whoever saves the
// meeting: the status, the sequence (one higher) and the updated REQUEST mailed to both.
func RescheduleMeeting(app core.App, userID, meetingID string, p Proposal) error {
	if err := p.validate(); err != nil {
		return err
	}
	return changeMeeting(app, userID, meetingID, func(m *core.Record) error {
		if !upcoming(m) {
			return kernel.ErrNotAllowed
		}
		p.apply(m)
		if MeetingMoved(m) {
			m.Set("proposed_by", userID)
		}
		return nil
	})
}

// Moves reports whether rescheduling meeting to p changes its time or place, so the partner
// is asked to confirm again, rather than only its agenda.
func (p Proposal) Moves(meeting *core.Record) bool {
	probe := meeting.Clone()
	p.apply(probe)
	return MeetingMoved(probe)
}

// CancelMeeting calls off a proposed or confirmed meeting: the meeting hook raises its
// sequence and mails both members a METHOD:CANCEL message that removes it from their calendars.
func CancelMeeting(app core.App, userID, meetingID string) error {
	return changeMeeting(app, userID, meetingID, func(m *core.Record) error {
		if !upcoming(m) {
			return kernel.ErrNotAllowed
		}
		m.Set("status", calendar.StatusCancelled)
		return nil
	})
}

// MarkHeld records that a meeting which has started took place, how many minutes it took and
// the notes the pair shares about it; a held meeting's minutes and notes may be corrected.
func MarkHeld(app core.App, userID, meetingID string, minutes int, sharedNotes string) error {
	if minutes <= 0 || minutes > MaxMeetingMinutes {
		return validation.Errors{"minutes_spent": validation.NewError("validation_invalid_value", "between 1 and 480")}
	}
	return changeMeeting(app, userID, meetingID, func(m *core.Record) error {
		status := m.GetString("status")
		if status == calendar.StatusCancelled || m.GetDateTime("starts_at").Time().After(time.Now()) {
			return kernel.ErrNotAllowed
		}
		m.Set("status", calendar.StatusHeld)
		m.Set("minutes_spent", minutes)
		m.Set("shared_notes", sharedNotes)
		return nil
	})
}

// upcoming reports whether the meeting is still to be held: proposed or confirmed.
func upcoming(m *core.Record) bool {
	s := m.GetString("status")
	return s == calendar.StatusProposed || s == calendar.StatusConfirmed
}

// changeMeeting loads the meeting for userID, a member of its active match, lets change edit
// it and saves it, all in one transaction.
func changeMeeting(app core.App, userID, meetingID string, change func(*core.Record) error) error {
	return app.RunInTransaction(func(txApp core.App) error {
		meeting, err := txApp.FindRecordById(kernel.CollectionMeetings, meetingID)
		if err != nil {
			return kernel.ErrNotFound
		}
		if _, _, err := openActive(txApp, userID, meeting.GetString("match")); err != nil {
			return err
		}
		if err := change(meeting); err != nil {
			return err
		}
		return txApp.Save(meeting)
	})
}

// Meeting returns the meeting meetingID and its pair if userID may see the pair's workspace.
func Meeting(app core.App, userID, meetingID string) (*core.Record, *kernel.Pair, error) {
	meeting, err := app.FindRecordById(kernel.CollectionMeetings, meetingID)
	if err != nil {
		return nil, nil, kernel.ErrNotFound
	}
	pair, _, err := Open(app, userID, meeting.GetString("match"))
	if err != nil {
		return nil, nil, err
	}
	return meeting, pair, nil
}

// Meetings lists the match's meetings, earliest first.
func Meetings(app core.App, matchID string) ([]*core.Record, error) {
	meetings, err := app.FindAllRecords(kernel.CollectionMeetings, dbx.HashExp{"match": matchID})
	kernel.SortRecords(meetings, "starts_at")
	return meetings, err
}

// MinutesSpent adds up the minutes of the held meetings.
func MinutesSpent(meetings []*core.Record) int {
	total := 0
	for _, m := range meetings {
		if m.GetString("status") == calendar.StatusHeld {
			total += m.GetInt("minutes_spent")
		}
	}
	return total
}
