package mentoring_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// selfService is a self-service programme with approved, listed mentors and mentees.
type selfService struct {
	*fixture
	program          *core.Record
	mentors, mentees []*core.Record // users
	mentorApps       []*core.Record
	menteeApps       []*core.Record
}

func newSelfService(t *testing.T, mentors, mentees int, extra map[string]any) *selfService {
	locales := []string{"fr", "sv", "en"}
	name := fmt.Sprintf("self-service %d %d %v", mentors, mentees, extra)
	f := world(t, name, func(f *fixture) {
		program := f.program("self", "self_service", "applications", f.user("coord", "en"), extra)
		for i := range mentors {
			u := f.user("mentor"+string(rune('a'+i)), locales[i%3])
			f.application(u, program, "mentor", "approved", map[string]any{"capacity": 1})
		}
		for i := range mentees {
			f.application(f.user("mentee"+string(rune('a'+i)), locales[(i+1)%3]), program, "mentee", "approved", nil)
		}
	})
	s := &selfService{fixture: f, program: f.find("programs", "slug", "self")}
	for i := range mentors {
		u := f.find("users", "email", "mentor"+string(rune('a'+i))+"@example.com")
		s.mentors, s.mentorApps = append(s.mentors, u), append(s.mentorApps, f.applicationOf(u, s.program))
	}
	for i := range mentees {
		u := f.find("users", "email", "mentee"+string(rune('a'+i))+"@example.com")
		s.mentees, s.menteeApps = append(s.mentees, u), append(s.menteeApps, f.applicationOf(u, s.program))
	}
	return s
}

func TestInviteStoresScoreExpiryAndMailsTheMentor(t *testing.T) {
	s := newSelfService(t, 1, 1, map[string]any{"invitation_ttl_days": 7})
	match, err := mentoring.Invite(s.app, s.mentees[0].Id, s.mentorApps[0].Id, "I want to work in law.")
	if err != nil {
		t.Fatal(err)
	}
	match = s.reload(match)
	want := time.Now().UTC().AddDate(0, 0, 7).Format("2006-01-02")
	if match.GetString("status") != "invited" || match.GetString("origin") != "invitation" ||
		match.GetDateTime("expires_at").Time().Format("2006-01-02") != want || match.GetString("score_details") == "" {
		t.Fatalf("invitation %v", match)
	}
	mail := s.mailOfKind(s.mentors[0], "invitation") // mentor a writes in French
	if mail.GetString("locale") != "fr" || mail.GetString("subject") != "Name of menteea aimerait que vous soyez son mentor" ||
		!strings.Contains(mail.GetString("text"), "> I want to work in law.") || !strings.Contains(mail.GetString("text"), want) {
		t.Fatalf("mail %s %q\n%s", mail.GetString("locale"), mail.GetString("subject"), mail.GetString("text"))
	}
}

func TestInviteRefusals(t *testing.T) {
	s := newSelfService(t, 4, 3, map[string]any{"max_pending_invitations": 2})
	invite := func(mentee, mentor int) error {
		_, err := mentoring.Invite(s.app, s.mentees[mentee].Id, s.mentorApps[mentor].Id, "Hello")
		return err
	}
	// mentor 3 is full: an active pair with mentee 2
	s.match(s.program, s.mentorApps[3], s.menteeApps[2], "active", nil)
	// mentor 2 declined mentee 1 before
	s.match(s.program, s.mentorApps[2], s.menteeApps[1], "declined", map[string]any{"origin": "invitation"})
	if err := invite(0, 0); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name           string
		mentee, mentor int
		message        string
		want           string
	}{
		{"duplicate", 0, 0, "Hello", "mentoring.error.duplicate_invitation"},
		{"at capacity", 0, 3, "Hello", "mentoring.error.capacity_full"},
		{"declined before", 1, 2, "Hello", "mentoring.error.declined_before"},
		{"second pending is fine", 0, 1, "Hello", ""},
		{"third pending is over the limit", 0, 2, "Hello", "mentoring.error.too_many_pending"},
		{"already matched", 2, 0, "Hello", "mentoring.error.already_matched"},
	}
	for _, step := range steps {
		_, err := mentoring.Invite(s.app, s.mentees[step.mentee].Id, s.mentorApps[step.mentor].Id, step.message)
		if got := problemCode(err); got != step.want || (step.want == "" && err != nil) {
			t.Errorf("%s: %v, want %q", step.name, err, step.want)
		}
	}
	if _, err := mentoring.Invite(s.app, s.mentees[1].Id, s.mentorApps[0].Id, "  "); err == nil {
		t.Error("an invitation without a message was sent")
	}
	coordinated := s.fixture.program("coord", "coordinated", "applications", s.mentors[0], nil)
	other := s.application(s.user("zed", "en"), coordinated, "mentor", "approved", nil)
	if _, err := mentoring.Invite(s.app, s.mentees[1].Id, other.Id, "Hello"); problemCode(err) != "mentoring.error.wrong_mode" {
		t.Errorf("invitation in a coordinated programme: %v", err)
	}
}

func TestRespondAcceptClosesOtherInvitationsAndSendsContacts(t *testing.T) {
	s := newSelfService(t, 2, 1, nil)
	first, err := mentoring.Invite(s.app, s.mentees[0].Id, s.mentorApps[0].Id, "Hello A")
	if err != nil {
		t.Fatal(err)
	}
	second, err := mentoring.Invite(s.app, s.mentees[0].Id, s.mentorApps[1].Id, "Hello B")
	if err != nil {
		t.Fatal(err)
	}
	if err := mentoring.Respond(s.app, s.mentors[1].Id, first.Id, true, ""); problemCode(err) != "mentoring.error.not_found" {
		t.Fatalf("another mentor answers: %v", err)
	}
	if err := mentoring.Respond(s.app, s.mentors[0].Id, first.Id, true, "With pleasure"); err != nil {
		t.Fatal(err)
	}
	accepted := s.reload(first)
	if accepted.GetString("status") != "active" || accepted.GetDateTime("started_at").IsZero() {
		t.Fatalf("accepted invitation %v", accepted)
	}
	if got := s.reload(second).GetString("status"); got != "cancelled" {
		t.Fatalf("the mentee's other invitation is %q", got)
	}
	mail := s.mailOfKind(s.mentees[0], "invitation_accepted") // mentee a writes in Swedish
	text := mail.GetString("text")
	if mail.GetString("locale") != "sv" || !strings.Contains(mail.GetString("subject"), "har tackat ja") ||
		!strings.Contains(text, "mentora@example.com") || !strings.Contains(text, "+46 70 123 45 67") ||
		!strings.Contains(text, "/matches/"+first.Id) || !strings.Contains(text, "> With pleasure") {
		t.Fatalf("mail %s %q\n%s", mail.GetString("locale"), mail.GetString("subject"), text)
	}
	if err := mentoring.Respond(s.app, s.mentors[1].Id, second.Id, true, ""); problemCode(err) != "mentoring.error.not_pending" {
		t.Fatalf("accepting a cancelled invitation: %v", err)
	}
}

func TestRespondDeclineMailsTheReason(t *testing.T) {
	s := newSelfService(t, 1, 2, nil)
	match, err := mentoring.Invite(s.app, s.mentees[1].Id, s.mentorApps[0].Id, "Hello")
	if err != nil {
		t.Fatal(err)
	}
	if err := mentoring.Respond(s.app, s.mentors[0].Id, match.Id, false, "I am travelling all spring."); err != nil {
		t.Fatal(err)
	}
	if got := s.reload(match); got.GetString("status") != "declined" || got.GetString("response") != "I am travelling all spring." {
		t.Fatalf("declined invitation %v", got)
	}
	mail := s.mailOfKind(s.mentees[1], "invitation_declined") // mentee b writes in English
	if mail.GetString("locale") != "en" || mail.GetString("subject") != "Your invitation to Name of mentora" ||
		!strings.Contains(mail.GetString("text"), "> I am travelling all spring.") || strings.Contains(mail.GetString("text"), "mentora@example.com") {
		t.Fatalf("mail %q\n%s", mail.GetString("subject"), mail.GetString("text"))
	}
}

func TestCancelAndExpireInvitations(t *testing.T) {
	s := newSelfService(t, 2, 1, map[string]any{"invitation_ttl_days": 3})
	cancelled, _ := mentoring.Invite(s.app, s.mentees[0].Id, s.mentorApps[0].Id, "Hello")
	pending, err := mentoring.Invite(s.app, s.mentees[0].Id, s.mentorApps[1].Id, "Hello")
	if err != nil {
		t.Fatal(err)
	}
	if err := mentoring.CancelInvitation(s.app, s.mentors[0].Id, cancelled.Id); problemCode(err) != "mentoring.error.not_found" {
		t.Fatalf("the mentor cancels the mentee's invitation: %v", err)
	}
	if err := mentoring.CancelInvitation(s.app, s.mentees[0].Id, cancelled.Id); err != nil {
		t.Fatal(err)
	}
	if n, err := mentoring.ExpireInvitations(s.app, time.Now().AddDate(0, 0, 2)); n != 0 || err != nil {
		t.Fatalf("expired before their time: %d, %v", n, err)
	}
	if n, err := mentoring.ExpireInvitations(s.app, time.Now().AddDate(0, 0, 4)); n != 1 || err != nil {
		t.Fatalf("expired %d, %v; want the one pending", n, err)
	}
	if s.reload(pending).GetString("status") != "expired" || s.reload(cancelled).GetString("status") != "cancelled" {
		t.Fatal("wrong statuses after expiry")
	}
	menteeMail := s.mailOfKind(s.mentees[0], "invitation_expired") // Swedish
	mentorMail := s.mailOfKind(s.mentors[1], "invitation_expired") // mentor b: Swedish too; check text
	if menteeMail.GetString("locale") != "sv" || menteeMail.GetString("subject") != "En inbjudan har gått ut" ||
		!strings.Contains(menteeMail.GetString("text"), "Name of mentorb") {
		t.Fatalf("mentee's mail %q\n%s", menteeMail.GetString("subject"), menteeMail.GetString("text"))
	}
	if mentorMail.GetString("to") != "mentorb@example.com" || !strings.Contains(mentorMail.GetString("text"), "Name of menteea") {
		t.Fatalf("mentor's mail %q\n%s", mentorMail.GetString("subject"), mentorMail.GetString("text"))
	}
	if err := mentoring.Respond(s.app, s.mentors[1].Id, pending.Id, true, ""); problemCode(err) != "mentoring.error.not_pending" {
		t.Fatalf("accepting an expired invitation: %v", err)
	}
}

func TestDirectory(t *testing.T) {
	s := newSelfService(t, 3, 1, nil)
	skill := s.Tag("skill", "negotiation", "Negotiation")
	s.mentorApps[0].Set("skills", []string{skill.Id})
	s.mentorApps[0].Set("bio", "Lawyer in Lille")
	s.mentorApps[2].Set("listed_in_directory", false)
	for _, r := range []*core.Record{s.mentorApps[0], s.mentorApps[2]} {
		if err := s.app.Save(r); err != nil {
			t.Fatal(err)
		}
	}
	s.menteeApps[0].Set("development_areas", []string{skill.Id})
	if err := s.app.Save(s.menteeApps[0]); err != nil {
		t.Fatal(err)
	}
	other := s.application(s.user("other", "en"), s.program, "mentee", "approved", nil)
	s.match(s.program, s.mentorApps[1], other, "active", nil)

	all, err := directoryOf(s, mentoring.DirectoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 || all[0].Application.Id != s.mentorApps[0].Id || all[0].Result.Score <= all[1].Result.Score {
		t.Fatalf("directory order %+v", all)
	}
	if !all[1].AtCapacity || all[1].SeatsLeft != 0 || all[0].AtCapacity || all[0].Name != "Name of mentora" {
		t.Fatalf("capacity marks %+v", all)
	}
	cases := []struct {
		name   string
		filter mentoring.DirectoryFilter
		want   int
	}{
		{"skill", mentoring.DirectoryFilter{Skills: []string{skill.Id}}, 1},
		{"text", mentoring.DirectoryFilter{Query: "lille"}, 1},
		{"language", mentoring.DirectoryFilter{Language: "en"}, 2},
		{"absent language", mentoring.DirectoryFilter{Language: "de"}, 0},
		{"meeting mode", mentoring.DirectoryFilter{MeetingMode: "in_person"}, 0},
	}
	for _, c := range cases {
		got, err := directoryOf(s, c.filter)
		if err != nil || len(got) != c.want {
			t.Errorf("%s: %d entries (%v), want %d", c.name, len(got), err, c.want)
		}
	}
}
