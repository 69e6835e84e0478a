package mentoring_test

import (
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// inviteAll has each of mentees invite the mentor of mentorApp.
func (s *selfService) inviteAll(mentorApp *core.Record, mentees ...*core.Record) []*core.Record {
	s.t.Helper()
	var out []*core.Record
	for _, mentee := range mentees {
		match, err := mentoring.Invite(s.app, mentee.Id, mentorApp.Id, "Hello")
		if err != nil {
			s.t.Fatal(err)
		}
		out = append(out, match)
	}
	return out
}

// assertLetter checks the one mail of kind to user: address, language, subject and the whole
// plain text, whose link goes to the app URL + path.
func assertLetter(t *testing.T, s *selfService, user *core.Record, kind, locale, subject string, lines ...string) {
	t.Helper()
	mail := s.mailOfKind(user, kind)
	want := strings.ReplaceAll(strings.Join(lines, "\n\n"), "{url}", strings.TrimRight(s.app.Settings().Meta.AppURL, "/"))
	if mail.GetString("to") != user.Email() || mail.GetString("locale") != locale || mail.GetString("subject") != subject ||
		mail.GetString("text") != want {
		t.Fatalf("mail to %s (%s) %q:\n%s\nwant to %s (%s) %q:\n%s", mail.GetString("to"), mail.GetString("locale"),
			mail.GetString("subject"), mail.GetString("text"), user.Email(), locale, subject, want)
	}
}

func TestCancelInvitationTellsTheMentor(t *testing.T) {
	cases := []struct {
		name            string
		mentor          int // mentors write French, Swedish, English
		locale, subject string
		lines           []string
	}{
		{"French mentor", 0, "fr", "L'invitation de Name of menteeb est close", []string{
			"Bonjour Name of mentora,",
			"Name of menteeb a retiré son invitation dans le programme Programme self : elle est donc close. Vous n'avez rien d'autre à faire.",
			"Merci pour votre disponibilité et votre envie de partager votre expérience. D'autres mentoré·es peuvent encore vous inviter.",
			"Ouvrir mon mentorat : {url}/me",
			"L'équipe du programme de mentorat"}},
		{"Swedish mentor", 1, "sv", "Inbjudan från Name of menteeb är avslutad", []string{
			"Hej Name of mentorb!",
			"Name of menteeb har dragit tillbaka sin inbjudan till dig i Programme self, så den är nu avslutad. Du behöver inte göra något mer.",
			"Tack för din tid och för att du ville dela med dig av dina erfarenheter. Andra adepter kan fortfarande bjuda in dig.",
			"Öppna min mentorskapssida: {url}/me",
			"Mentorprogrammets team"}},
		{"English mentor", 2, "en", "The invitation from Name of menteeb is closed", []string{
			"Hello Name of mentorc,",
			"Name of menteeb has withdrawn their invitation to you in Programme self, so it is now closed. Nothing more is needed from you.",
			"Thank you for your time and for being ready to share your experience. Other mentees can still invite you.",
			"Open my mentoring: {url}/me",
			"The mentoring programme team"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newSelfService(t, 3, 2, nil) // mentee b writes English
			invitation := s.inviteAll(s.mentorApps[c.mentor], s.mentees[1])[0]
			other := s.inviteAll(s.mentorApps[(c.mentor+1)%3], s.mentees[1])[0]
			if err := mentoring.CancelInvitation(s.app, s.mentees[1].Id, invitation.Id); err != nil {
				t.Fatal(err)
			}
			assertLetter(t, s, s.mentors[c.mentor], "invitation_closed", c.locale, c.subject, c.lines...)
			otherMentor := s.mentors[(c.mentor+1)%3]
			if s.reload(other).GetString("status") != "invited" || len(s.mails(otherMentor)) != 1 {
				t.Fatalf("the other invitation: %s, mails %v", s.reload(other).GetString("status"), s.mailIDs(otherMentor))
			}
		})
	}
}

func TestCancelInvitationMailsOnlyWithItsTransaction(t *testing.T) {
	s := newSelfService(t, 1, 1, nil)
	invitation := s.inviteAll(s.mentorApps[0], s.mentees[0])[0]
	failOutbox(s.fixture, "invitation_closed", 1)
	if err := mentoring.CancelInvitation(s.app, s.mentees[0].Id, invitation.Id); err == nil {
		t.Fatal("the cancellation was saved though its mail could not be queued")
	}
	if s.reload(invitation).GetString("status") != "invited" || len(s.mails(s.mentors[0])) != 1 {
		t.Fatalf("after the failed cancellation: %s, mails %v", s.reload(invitation).GetString("status"), s.mailIDs(s.mentors[0]))
	}
}

func TestWithdrawingMentorSendsTheInvitingMenteesToTheDirectory(t *testing.T) {
	s := newSelfService(t, 2, 3, nil) // mentor a; mentees write Swedish, English, French
	s.inviteAll(s.mentorApps[0], s.mentees[0], s.mentees[1])
	elsewhere := s.inviteAll(s.mentorApps[1], s.mentees[1])[0]
	draft := s.match(s.program, s.mentorApps[0], s.menteeApps[2], "draft", nil)
	if err := mentoring.WithdrawApplication(s.app, s.mentors[0].Id, s.mentorApps[0].Id); err != nil {
		t.Fatal(err)
	}
	assertLetter(t, s, s.mentees[0], "invitation_mentor_withdrew", "sv", "Din inbjudan till Name of mentora är avslutad",
		"Hej Name of menteea!",
		"Name of mentora har lämnat Programme self som mentor, så din inbjudan är nu avslutad.",
		"Det har inget med dig att göra. Välj en annan mentor i programmets mentorskatalog och skicka en inbjudan.",
		"Välj en annan mentor: {url}/programs/self/mentors",
		"Mentorprogrammets team")
	assertLetter(t, s, s.mentees[1], "invitation_mentor_withdrew", "en", "Your invitation to Name of mentora is closed",
		"Hello Name of menteeb,",
		"Name of mentora has withdrawn from Programme self as a mentor, so your invitation to them is now closed.",
		"This is no reflection on you. Please choose another mentor in the programme's directory and send them an invitation.",
		"Choose another mentor: {url}/programs/self/mentors",
		"The mentoring programme team")
	if n := s.count("outbox", `kind = "invitation_mentor_withdrew"`, nil); n != 2 {
		t.Fatalf("%d mails about the withdrawn mentor, want 2", n)
	}
	if s.reload(elsewhere).GetString("status") != "invited" || s.reload(draft).GetString("status") != "cancelled" ||
		len(s.mails(s.mentees[2])) != 0 {
		t.Fatalf("invitation to another mentor %s, draft %s, mails to the draft's mentee %v",
			s.reload(elsewhere).GetString("status"), s.reload(draft).GetString("status"), s.mailIDs(s.mentees[2]))
	}
}

func TestWithdrawingMentorMailsOnlyWithTheTransaction(t *testing.T) {
	s := newSelfService(t, 1, 2, nil)
	invitations := s.inviteAll(s.mentorApps[0], s.mentees[0], s.mentees[1])
	failOutbox(s.fixture, "invitation_mentor_withdrew", 2)
	if err := mentoring.WithdrawApplication(s.app, s.mentors[0].Id, s.mentorApps[0].Id); err == nil {
		t.Fatal("the withdrawal was saved though a mail could not be queued")
	}
	if s.reload(s.mentorApps[0]).GetString("status") != "approved" ||
		s.count("outbox", `kind = "invitation_mentor_withdrew"`, nil) != 0 {
		t.Fatal("a failed withdrawal left its changes or mails behind")
	}
	for _, invitation := range invitations {
		if got := s.reload(invitation).GetString("status"); got != "invited" {
			t.Fatalf("after the failed withdrawal an invitation is %q", got)
		}
	}
}
