package workspace_test

import (
	"errors"
	"maps"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

func videoProposal(start time.Time) workspace.Proposal {
	return workspace.Proposal{Start: start, Duration: time.Hour, Mode: "video", VideoURL: "https://meet.example.org/abc", Agenda: "Your project"}
}

func TestAProposalMailsBothMembersARequestAtTheProgrammesLocalTime(t *testing.T) {
	w := newPairWorld(t)
	start := time.Date(2031, 3, 10, 14, 30, 0, 0, paris(t))
	meeting, err := workspace.ProposeMeeting(w.app, w.mentee.Id, w.match.Id, videoProposal(start))
	if err != nil {
		t.Fatal(err)
	}
	sent := mails(t, w.app, "meeting_proposed")
	if len(sent) != 2 {
		t.Fatalf("want a mail to each member, got %d", len(sent))
	}
	subjects, texts := map[string]string{}, map[string]string{}
	for _, m := range sent {
		subjects[m.GetString("to")] = m.GetString("subject")
		texts[m.GetString("to")] = m.GetString("text")
		if m.GetString("ics_method") != "REQUEST" {
			t.Errorf("ics_method = %q", m.GetString("ics_method"))
		}
		cal, event := parseICS(t, m.GetString("ics"))
		if method, _ := cal.Props.Text(ical.PropMethod); method != "REQUEST" {
			t.Errorf("METHOD = %q", method)
		}
		if seq := event.Props.Get(ical.PropSequence); seq == nil || seq.Value != "0" {
			t.Errorf("SEQUENCE = %v, want 0", seq)
		}
		dtstart := event.Props.Get(ical.PropDateTimeStart)
		if dtstart.Value != "20310310T143000" || dtstart.Params.Get(ical.ParamTimezoneID) != "Europe/Paris" {
			t.Errorf("DTSTART = %s;TZID=%s, want 20310310T143000 in Europe/Paris", dtstart.Value, dtstart.Params.Get(ical.ParamTimezoneID))
		}
		if uid, _ := event.Props.Text(ical.PropUID); uid != "meeting-"+meeting.Id+"@mentor.example.org" {
			t.Errorf("UID = %q", uid)
		}
		if len(event.Props.Values(ical.PropAttendee)) != 2 {
			t.Errorf("want both members as attendees")
		}
	}
	if got := subjects["mentor@example.org"]; got != "Rendez-vous proposé : 2031-03-10 14:30 (Europe/Paris)" {
		t.Errorf("mentor (fr) subject = %q", got)
	}
	if got := subjects["mentee@example.org"]; got != "Föreslaget möte: 2031-03-10 14:30 (Europe/Paris)" {
		t.Errorf("mentee (sv) subject = %q", got)
	}
	// The partner is asked to confirm; the proposer is told the partner is asked, not to confirm.
	if got := texts["mentor@example.org"]; !strings.Contains(got, "confirmez-la") {
		t.Errorf("the partner (fr) is not asked to confirm:\n%s", got)
	}
	if got := texts["mentee@example.org"]; !strings.Contains(got, "Du har föreslagit") || strings.Contains(got, "Inbjudan är bifogad; bekräfta den") {
		t.Errorf("the proposer (sv) is asked to confirm her own proposal:\n%s", got)
	}
}

func TestRescheduleRaisesTheSequenceAndCancelSendsCancel(t *testing.T) {
	w := newPairWorld(t)
	start := time.Date(2031, 3, 10, 14, 30, 0, 0, paris(t))
	meeting, err := workspace.ProposeMeeting(w.app, w.mentee.Id, w.match.Id, videoProposal(start))
	if err != nil {
		t.Fatal(err)
	}
	if err := workspace.ConfirmMeeting(w.app, w.mentee.Id, meeting.Id); !errors.Is(err, kernel.ErrNotAllowed) {
		t.Errorf("the proposer confirmed their own proposal: %v", err)
	}
	if err := workspace.ConfirmMeeting(w.app, w.mentor.Id, meeting.Id); err != nil {
		t.Fatal(err)
	}
	if err := workspace.RescheduleMeeting(w.app, w.mentor.Id, meeting.Id, videoProposal(start.Add(24*time.Hour))); err != nil {
		t.Fatal(err)
	}
	moved := mails(t, w.app, "meeting_rescheduled")
	if len(moved) != 2 {
		t.Fatalf("want 2 rescheduled mails, got %d", len(moved))
	}
	_, event := parseICS(t, moved[0].GetString("ics"))
	if seq := event.Props.Get(ical.PropSequence); seq.Value != "1" {
		t.Errorf("SEQUENCE after reschedule = %s, want 1", seq.Value)
	}
	if v := event.Props.Get(ical.PropDateTimeStart).Value; v != "20310311T143000" {
		t.Errorf("DTSTART after reschedule = %s", v)
	}
	if err := workspace.CancelMeeting(w.app, w.mentee.Id, meeting.Id); err != nil {
		t.Fatal(err)
	}
	cancelled := mails(t, w.app, "meeting_cancelled")
	if len(cancelled) != 2 || cancelled[0].GetString("ics_method") != "CANCEL" {
		t.Fatalf("want 2 CANCEL mails, got %d", len(cancelled))
	}
	cal, event := parseICS(t, cancelled[0].GetString("ics"))
	if method, _ := cal.Props.Text(ical.PropMethod); method != "CANCEL" {
		t.Errorf("METHOD = %q, want CANCEL", method)
	}
	if seq := event.Props.Get(ical.PropSequence); seq.Value != "2" {
		t.Errorf("SEQUENCE after cancel = %s, want 2", seq.Value)
	}
}

// A new agenda alone, through the portal's reschedule form, keeps the meeting as it is (no
// second confirmation) and sends each member one update with the next SEQUENCE; a new time
// afterwards still asks the partner again.
func TestAnAgendaChangeUpdatesBothCalendarsWithoutAskingAgain(t *testing.T) {
	w := newPairWorld(t)
	start := time.Date(2031, 3, 10, 14, 30, 0, 0, paris(t))
	meeting, err := workspace.ProposeMeeting(w.app, w.mentee.Id, w.match.Id, videoProposal(start))
	if err != nil {
		t.Fatal(err)
	}
	if err := workspace.ConfirmMeeting(w.app, w.mentor.Id, meeting.Id); err != nil {
		t.Fatal(err)
	}
	newAgenda := videoProposal(start)
	newAgenda.Agenda = "Mock interview"
	if err := workspace.RescheduleMeeting(w.app, w.mentor.Id, meeting.Id, newAgenda); err != nil {
		t.Fatal(err)
	}
	meeting, _ = w.app.FindRecordById("meetings", meeting.Id)
	if meeting.GetString("status") != "confirmed" || meeting.GetInt("sequence") != 1 || meeting.GetString("proposed_by") != w.mentee.Id {
		t.Errorf("after a new agenda: %s, sequence %d, proposed by %s; want confirmed, 1, still the mentee",
			meeting.GetString("status"), meeting.GetInt("sequence"), meeting.GetString("proposed_by"))
	}
	if n := len(mails(t, w.app, "meeting_rescheduled")); n != 0 {
		t.Errorf("a new agenda sent %d rescheduled mails", n)
	}
	updates := mails(t, w.app, "meeting_updated")
	subjects := map[string]string{}
	for _, m := range updates {
		subjects[m.GetString("to")] = m.GetString("subject")
		cal, event := parseICS(t, m.GetString("ics"))
		if method, _ := cal.Props.Text(ical.PropMethod); method != "REQUEST" || m.GetString("ics_method") != "REQUEST" {
			t.Errorf("update to %s: METHOD %q", m.GetString("to"), method)
		}
		if seq := event.Props.Get(ical.PropSequence); seq.Value != "1" {
			t.Errorf("update to %s: SEQUENCE %s, want 1", m.GetString("to"), seq.Value)
		}
		if status, _ := event.Props.Text(ical.PropStatus); status != "CONFIRMED" {
			t.Errorf("update to %s: STATUS %s, want CONFIRMED", m.GetString("to"), status)
		}
		if desc, _ := event.Props.Text(ical.PropDescription); !strings.Contains(desc, "Mock interview") {
			t.Errorf("update to %s: DESCRIPTION %q lacks the new agenda", m.GetString("to"), desc)
		}
	}
	want := map[string]string{
		"mentor@example.org": "Ordre du jour modifié : 2031-03-10 14:30 (Europe/Paris)",
		"mentee@example.org": "Ändrad agenda för mötet: 2031-03-10 14:30 (Europe/Paris)",
	}
	if len(updates) != 2 || !maps.Equal(subjects, want) {
		t.Errorf("updates: %q, want one to each member: %q", subjects, want)
	}

	moved := videoProposal(start.Add(time.Hour))
	moved.Agenda = "Mock interview"
	if err := workspace.RescheduleMeeting(w.app, w.mentor.Id, meeting.Id, moved); err != nil {
		t.Fatal(err)
	}
	meeting, _ = w.app.FindRecordById("meetings", meeting.Id)
	if meeting.GetString("status") != "proposed" || meeting.GetInt("sequence") != 2 || meeting.GetString("proposed_by") != w.mentor.Id {
		t.Errorf("after a new time: %s, sequence %d; want proposed again by the mentor with sequence 2",
			meeting.GetString("status"), meeting.GetInt("sequence"))
	}
	if n, u := len(mails(t, w.app, "meeting_rescheduled")), len(mails(t, w.app, "meeting_updated")); n != 2 || u != 2 {
		t.Errorf("a new time sent %d rescheduled mails and %d more updates, want 2 and none", n, u-2)
	}
}

func TestTimeSpentAddsUpHeldMeetingsOnly(t *testing.T) {
	w := newPairWorld(t)
	past := time.Now().Add(-72 * time.Hour)
	var ids []string
	for i := range 3 {
		ids = append(ids, w.Meeting(w.match.Id, w.mentor.Id, past.Add(time.Duration(i)*time.Hour*24), "proposed").Id)
	}
	if err := workspace.MarkHeld(w.app, w.mentee.Id, ids[0], 45, "We talked about CVs"); err != nil {
		t.Fatal(err)
	}
	if err := workspace.MarkHeld(w.app, w.mentor.Id, ids[1], 70, ""); err != nil {
		t.Fatal(err)
	}
	if err := workspace.CancelMeeting(w.app, w.mentor.Id, ids[2]); err != nil {
		t.Fatal(err)
	}
	meetings, err := workspace.Meetings(w.app, w.match.Id)
	if err != nil {
		t.Fatal(err)
	}
	if got := workspace.MinutesSpent(meetings); got != 115 {
		t.Errorf("minutes spent = %d, want 115", got)
	}
	if err := workspace.MarkHeld(w.app, w.coord.Id, ids[0], 30, ""); !errors.Is(err, kernel.ErrNotAllowed) {
		t.Errorf("a coordinator marked a meeting held: %v", err)
	}
}

func TestMeetingMailsFallBackToTheProgrammesLanguageLikeEveryOtherMail(t *testing.T) {
	w := newPairWorld(t)
	w.program.Set("languages", []string{"fr"})
	w.mentee.Set("locale", "")
	for _, r := range []*core.Record{w.program, w.mentee} {
		if err := w.app.Save(r); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := workspace.ProposeMeeting(w.app, w.mentor.Id, w.match.Id, videoProposal(time.Date(2031, 3, 10, 14, 30, 0, 0, paris(t)))); err != nil {
		t.Fatal(err)
	}
	for _, m := range mails(t, w.app, "meeting_proposed") {
		if m.GetString("to") == "mentee@example.org" && m.GetString("locale") != "fr" {
			t.Errorf("a mentee without a language in a French programme got the invite in %q", m.GetString("locale"))
		}
	}
}

func TestClosingThePairCancelsItsComingMeetingsInBothCalendars(t *testing.T) {
	w := newPairWorld(t)
	coming, err := workspace.ProposeMeeting(w.app, w.mentee.Id, w.match.Id, videoProposal(time.Date(2031, 3, 10, 14, 30, 0, 0, paris(t))))
	if err != nil {
		t.Fatal(err)
	}
	if err := workspace.ConfirmMeeting(w.app, w.mentor.Id, coming.Id); err != nil {
		t.Fatal(err)
	}
	past := w.Meeting(w.match.Id, w.mentee.Id, time.Now().Add(-3*time.Hour), "proposed")
	if err := workspace.CloseMatch(w.app, w.mentor.Id, w.match.Id, "We reached our goals"); err != nil {
		t.Fatal(err)
	}
	coming, _ = w.app.FindRecordById("meetings", coming.Id)
	if coming.GetString("status") != "cancelled" || coming.GetInt("sequence") != 1 {
		t.Errorf("the coming meeting: status %q sequence %d, want cancelled with sequence 1", coming.GetString("status"), coming.GetInt("sequence"))
	}
	cancels := mails(t, w.app, "meeting_cancelled")
	if len(cancels) != 2 {
		t.Fatalf("want a CANCEL to each member, got %d mails", len(cancels))
	}
	for _, m := range cancels {
		if cal, _ := parseICS(t, m.GetString("ics")); cal.Props.Get(ical.PropMethod).Value != "CANCEL" {
			t.Errorf("mail to %s is not a CANCEL", m.GetString("to"))
		}
	}
	past, _ = w.app.FindRecordById("meetings", past.Id)
	if past.GetString("status") != "proposed" {
		t.Errorf("a meeting already in the past is history, not cancelled: %q", past.GetString("status"))
	}
}

// Two posts of one proposing form at once (a double click reaching two requests) propose one
// meeting: the later finds the token taken by the unique index and answers the same meeting.
func TestTwoProposalsOfOneFormAtOnceMakeOneMeeting(t *testing.T) {
	w := newPairWorld(t)
	p := videoProposal(time.Date(2031, 3, 10, 14, 30, 0, 0, paris(t)))
	p.Token = "one-form"
	ids := make([]string, 2)
	errs := make([]error, 2)
	var wg sync.WaitGroup
	for i := range 2 {
		wg.Go(func() {
			m, err := workspace.ProposeMeeting(w.app, w.mentee.Id, w.match.Id, p)
			errs[i] = err
			if err == nil {
				ids[i] = m.Id
			}
		})
	}
	wg.Wait()
	if errs[0] != nil || errs[1] != nil || ids[0] != ids[1] {
		t.Errorf("two proposals of one form: meetings %q, errors %v", ids, errs)
	}
	if n, _ := w.app.CountRecords("meetings", dbx.HashExp{"match": w.match.Id}); n != 1 {
		t.Errorf("%d meetings, want 1", n)
	}
	if _, err := workspace.ProposeMeeting(w.app, w.mentee.Id, w.match.Id, videoProposal(time.Now().Add(-time.Hour))); !isPastRefusal(err) {
		t.Errorf("a proposal an hour ago: %v, want the refusal beside its start", err)
	}
}

// isPastRefusal reports whether err refuses a meeting's start as past, beside starts_at.
func isPastRefusal(err error) bool {
	var invalid validation.Errors
	if !errors.As(err, &invalid) {
		return false
	}
	var coded validation.Error
	return errors.As(invalid["starts_at"], &coded) && coded.Code() == workspace.CodeMeetingPast
}
