package mentoring_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// mailIDs lists the ids and kinds of the mails queued to user, oldest first.
func (f *fixture) mailIDs(user *core.Record) []string {
	var out []string
	for _, m := range f.mails(user) {
		out = append(out, m.Id+" "+m.GetString("kind"))
	}
	return out
}

// assertClosedMail checks the one invitation_closed mail to mentor: their address, language and
// subject, the mentee's name, the phrases it says and the link to /me.
func assertClosedMail(t *testing.T, f *fixture, mentor *core.Record, locale, subject string, says ...string) {
	t.Helper()
	mail := f.mailOfKind(mentor, "invitation_closed")
	text := mail.GetString("text")
	if mail.GetString("to") != mentor.Email() || mail.GetString("locale") != locale || mail.GetString("subject") != subject ||
		!strings.Contains(text, "Name of menteeb") {
		t.Fatalf("mail to %s (%s) %q\n%s", mail.GetString("to"), mail.GetString("locale"), mail.GetString("subject"), text)
	}
	for _, s := range append(says, "/me") {
		if !strings.Contains(text, s) {
			t.Fatalf("mail to %s lacks %q:\n%s", mentor.Email(), s, text)
		}
	}
}

func TestRespondAcceptThanksTheMentorsOfTheOtherInvitations(t *testing.T) {
	cases := []struct {
		name              string
		accepting, closed int // mentor a writes French, mentor b Swedish
		locale, subject   string
		says              []string
	}{
		{"French mentor accepts, Swedish one told", 0, 1, "sv", "Inbjudan från Name of menteeb är avslutad",
			[]string{"har hittat en mentor i Programme self", "Tack för din tid"}},
		{"Swedish mentor accepts, French one told", 1, 0, "fr", "L'invitation de Name of menteeb est close",
			[]string{"a trouvé un mentor dans le programme Programme self", "Merci pour votre disponibilité"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newSelfService(t, 2, 2, nil) // mentee b writes English
			invitations := make([]*core.Record, 2)
			for i := range invitations {
				var err error
				if invitations[i], err = mentoring.Invite(s.app, s.mentees[1].Id, s.mentorApps[i].Id, "Hello"); err != nil {
					t.Fatal(err)
				}
			}
			acceptingBefore := s.mailIDs(s.mentors[c.accepting])
			if err := mentoring.Respond(s.app, s.mentors[c.accepting].Id, invitations[c.accepting].Id, true, ""); err != nil {
				t.Fatal(err)
			}
			if got := s.reload(invitations[c.closed]).GetString("status"); got != "cancelled" {
				t.Fatalf("the other invitation is %q", got)
			}
			assertClosedMail(t, s.fixture, s.mentors[c.closed], c.locale, c.subject, c.says...)
			// The accepting mentor is not told the other invitation closed, only that theirs is accepted.
			after := s.mailIDs(s.mentors[c.accepting])
			if len(after) != len(acceptingBefore)+1 || !slices.Equal(after[:len(acceptingBefore)], acceptingBefore) ||
				!strings.HasSuffix(after[len(after)-1], " invitation_accepted_mentor") {
				t.Fatalf("the accepting mentor's mails: %v, was %v", after, acceptingBefore)
			}
			s.mailOfKind(s.mentees[1], "invitation_accepted")
		})
	}
}

func TestWithdrawApplicationThanksTheInvitedMentors(t *testing.T) {
	s := newSelfService(t, 3, 2, nil) // mentors write French, Swedish, English
	for i := range 2 {
		if _, err := mentoring.Invite(s.app, s.mentees[1].Id, s.mentorApps[i].Id, "Hello"); err != nil {
			t.Fatal(err)
		}
	}
	draft := s.match(s.program, s.mentorApps[2], s.menteeApps[1], "draft", nil)
	if err := mentoring.WithdrawApplication(s.app, s.mentees[1].Id, s.menteeApps[1].Id); err != nil {
		t.Fatal(err)
	}
	assertClosedMail(t, s.fixture, s.mentors[0], "fr", "L'invitation de Name of menteeb est close",
		"a retiré sa candidature au programme Programme self")
	assertClosedMail(t, s.fixture, s.mentors[1], "sv", "Inbjudan från Name of menteeb är avslutad",
		"har dragit tillbaka sin ansökan till Programme self")
	if s.reload(draft).GetString("status") != "cancelled" || len(s.mails(s.mentors[2])) != 0 {
		t.Fatalf("the mentor of an unpublished draft pair: %s, %d mails", s.reload(draft).GetString("status"), len(s.mails(s.mentors[2])))
	}
}

// failOutbox makes queuing the nth mail of kind fail, so the transaction that queues it is
// rolled back after the earlier mails were queued in it.
func failOutbox(f *fixture, kind string, nth int) {
	seen := 0
	f.app.OnRecordCreate("outbox").BindFunc(func(e *core.RecordEvent) error {
		if e.Record.GetString("kind") == kind {
			if seen++; seen == nth {
				return errors.New("outbox refused")
			}
		}
		return e.Next()
	})
}

func TestInvitationClosedMailsOnlyWithTheirTransaction(t *testing.T) {
	t.Run("accepting", func(t *testing.T) {
		s := newSelfService(t, 2, 2, nil)
		first, _ := mentoring.Invite(s.app, s.mentees[1].Id, s.mentorApps[0].Id, "Hello")
		second, err := mentoring.Invite(s.app, s.mentees[1].Id, s.mentorApps[1].Id, "Hello")
		if err != nil {
			t.Fatal(err)
		}
		failOutbox(s.fixture, "invitation_accepted", 1) // queued after the thanks
		if err := mentoring.Respond(s.app, s.mentors[0].Id, first.Id, true, ""); err == nil {
			t.Fatal("the answer was saved though its mail could not be queued")
		}
		if s.reload(second).GetString("status") != "invited" || len(s.mails(s.mentors[1])) != 1 {
			t.Fatalf("after the failed answer: other invitation %s, mails %v", s.reload(second).GetString("status"), s.mailIDs(s.mentors[1]))
		}
	})
	t.Run("withdrawing", func(t *testing.T) {
		s := newSelfService(t, 2, 2, nil)
		for i := range 2 {
			if _, err := mentoring.Invite(s.app, s.mentees[1].Id, s.mentorApps[i].Id, "Hello"); err != nil {
				t.Fatal(err)
			}
		}
		failOutbox(s.fixture, "invitation_closed", 2)
		if err := mentoring.WithdrawApplication(s.app, s.mentees[1].Id, s.menteeApps[1].Id); err == nil {
			t.Fatal("the withdrawal was saved though a mail could not be queued")
		}
		if s.reload(s.menteeApps[1]).GetString("status") != "approved" || s.count("outbox", `kind = "invitation_closed"`, nil) != 0 {
			t.Fatal("a failed withdrawal left its changes or mails behind")
		}
	})
}
