package mentoring_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

func menteeForm() mentoring.ApplicationForm {
	return mentoring.ApplicationForm{StudyProgramme: "Law", StudyYear: 3, City: "Lille",
		Languages: []string{"fr", "en"}, MeetingModes: []string{"video"}, Motivation: "To learn", Consent: true,
		Phone: "+33 6 12 34 56 78"}
}

func problemCode(err error) string {
	var p *kernel.Error
	if errors.As(err, &p) {
		return p.Code
	}
	return ""
}

func TestApply(t *testing.T) {
	cases := []struct {
		name            string
		mode, phase     string
		approval        bool
		accepted        bool
		locale          string
		languages       []string
		wantProblem     string
		wantStatus      string
		wantMailLocale  string
		wantSubjectPart string
	}{
		{name: "applications phase, approval needed", mode: "coordinated", phase: "applications", approval: true, accepted: true,
			locale: "fr", wantStatus: "submitted", wantMailLocale: "fr", wantSubjectPart: "Nous avons bien reçu votre candidature"},
		{name: "no approval needed: approved at once", mode: "coordinated", phase: "applications", accepted: true,
			locale: "en", wantStatus: "approved", wantMailLocale: "en", wantSubjectPart: "We received your application"},
		{name: "no locale: the programme's first language", mode: "self_service", phase: "applications", approval: true, accepted: true,
			languages: []string{"sv", "en"}, wantStatus: "submitted", wantMailLocale: "sv", wantSubjectPart: "Vi har tagit emot din ansökan"},
		{name: "self-service takes applications while it runs", mode: "self_service", phase: "running", accepted: true,
			locale: "en", wantStatus: "approved", wantMailLocale: "en", wantSubjectPart: "We received"},
		{name: "coordinated programme in matching: closed", mode: "coordinated", phase: "matching", accepted: true,
			locale: "en", wantProblem: "mentoring.error.applications_closed"},
		{name: "coordinated programme running: closed", mode: "coordinated", phase: "running", accepted: true,
			locale: "en", wantProblem: "mentoring.error.applications_closed"},
		{name: "charter not accepted", mode: "coordinated", phase: "applications", locale: "en",
			wantProblem: "mentoring.error.charter_not_accepted"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			coordinator := f.user("coord", "en")
			languages := c.languages
			if languages == nil {
				languages = []string{"en"}
			}
			program := f.program("p", c.mode, c.phase, coordinator, map[string]any{"requires_approval": c.approval, "languages": languages})
			charter := f.charter(program, 1)
			applicant := f.user("ana", c.locale)
			if c.accepted {
				f.accept(applicant, charter, "mentee")
			}
			application, err := mentoring.Apply(f.app, applicant.Id, program.Id, "mentee", menteeForm())
			if c.wantProblem != "" {
				if problemCode(err) != c.wantProblem {
					t.Fatalf("err = %v, want problem %s", err, c.wantProblem)
				}
				if n := f.count("applications", "", nil); n != 0 || len(f.mails(applicant)) != 0 {
					t.Fatalf("refused application left %d applications and %d mails", n, len(f.mails(applicant)))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := f.reload(application).GetString("status"); got != c.wantStatus {
				t.Errorf("status %q, want %q", got, c.wantStatus)
			}
			if got := f.reload(applicant).GetString("phone"); got != "+33 6 12 34 56 78" {
				t.Errorf("phone on the account %q", got)
			}
			mail := f.mailOfKind(applicant, "application_received")
			if mail.GetString("locale") != c.wantMailLocale || !strings.Contains(mail.GetString("subject"), c.wantSubjectPart) {
				t.Errorf("mail locale %q subject %q, want %q and %q", mail.GetString("locale"), mail.GetString("subject"), c.wantMailLocale, c.wantSubjectPart)
			}
			if mail.GetString("to") != applicant.Email() || !strings.Contains(mail.GetString("text"), "Programme p") {
				t.Errorf("mail to %q text %q", mail.GetString("to"), mail.GetString("text"))
			}
		})
	}
}

// A new charter version asks for a new acceptance before applying.
func TestApplyNeedsTheCurrentCharterVersion(t *testing.T) {
	f := newFixture(t)
	program := f.program("p", "coordinated", "applications", f.user("coord", "en"), nil)
	applicant := f.user("ana", "en")
	f.accept(applicant, f.charter(program, 1), "mentee")
	f.charter(program, 2)
	if ok, _ := kernel.HasAcceptedCharter(f.app, applicant.Id, program.Id, time.Now()); ok {
		t.Fatal("version 1's acceptance counts for version 2")
	}
	if _, err := mentoring.Apply(f.app, applicant.Id, program.Id, "mentee", menteeForm()); problemCode(err) != "mentoring.error.charter_not_accepted" {
		t.Fatalf("apply with an old acceptance: %v", err)
	}
	acceptance, err := mentoring.AcceptCharter(f.app, applicant.Id, program.Id, "mentee")
	if err != nil {
		t.Fatal(err)
	}
	current, _ := kernel.CurrentCharter(f.app, program.Id, time.Now())
	if acceptance.GetString("charter") != current.Id || current.GetInt("version") != 2 || acceptance.GetString("role") != "mentee" ||
		acceptance.GetDateTime("accepted_at").IsZero() {
		t.Fatalf("acceptance %v of charter %v", acceptance, current)
	}
	if _, err := mentoring.Apply(f.app, applicant.Id, program.Id, "mentee", menteeForm()); err != nil {
		t.Fatal(err)
	}
}

// Form errors come back beside their fields; one role per programme; a withdrawn application
// comes back when the person applies again.
func TestApplyFormAndRoles(t *testing.T) {
	f := newFixture(t)
	program := f.program("p", "self_service", "applications", f.user("coord", "en"), map[string]any{"areas": []string{"Lille", "Paris"}})
	applicant := f.user("ana", "en")
	f.accept(applicant, f.charter(program, 1), "mentee")

	bad := menteeForm()
	bad.Consent, bad.Languages, bad.Area = false, nil, "Mars"
	_, err := mentoring.Apply(f.app, applicant.Id, program.Id, "mentee", bad)
	var errs validation.Errors
	if !errors.As(err, &errs) || errs["consent"] == nil || errs["languages"] == nil || errs["area"] == nil {
		t.Fatalf("form errors %v", err)
	}

	good := menteeForm()
	good.Area = "Lille"
	application, err := mentoring.Apply(f.app, applicant.Id, program.Id, "mentee", good)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mentoring.Apply(f.app, applicant.Id, program.Id, "mentor", good); problemCode(err) != "mentoring.error.already_applied" {
		t.Fatalf("mentor and mentee in one programme: %v", err)
	}
	if err := mentoring.WithdrawApplication(f.app, applicant.Id, application.Id); err != nil {
		t.Fatal(err)
	}
	again, err := mentoring.Apply(f.app, applicant.Id, program.Id, "mentee", good)
	if err != nil || again.Id != application.Id || f.reload(again).GetString("status") != "approved" {
		t.Fatalf("applying again after withdrawing: %v, %v", again, err)
	}
}

func TestUpdateAndWithdrawApplication(t *testing.T) {
	f := newFixture(t)
	coordinator := f.user("coord", "en")
	program := f.program("p", "self_service", "applications", coordinator, nil)
	mentee, mentor, other := f.user("ana", "en"), f.user("bo", "en"), f.user("cy", "en")
	menteeApp := f.application(mentee, program, "mentee", "approved", nil)
	mentorApp := f.application(mentor, program, "mentor", "approved", nil)
	invitation := f.match(program, mentorApp, menteeApp, "invited", map[string]any{"origin": "invitation"})

	form := menteeForm()
	form.Motivation = "A new motivation"
	if err := mentoring.UpdateApplication(f.app, other.Id, menteeApp.Id, form); problemCode(err) != "mentoring.error.not_found" {
		t.Fatalf("someone else edits the application: %v", err)
	}
	if err := mentoring.UpdateApplication(f.app, mentee.Id, menteeApp.Id, form); err != nil {
		t.Fatal(err)
	}
	if got := f.reload(menteeApp).GetString("motivation"); got != "A new motivation" {
		t.Fatalf("motivation %q", got)
	}
	if err := mentoring.WithdrawApplication(f.app, mentee.Id, menteeApp.Id); err != nil {
		t.Fatal(err)
	}
	if f.reload(menteeApp).GetString("status") != "withdrawn" || f.reload(invitation).GetString("status") != "cancelled" {
		t.Fatal("withdrawing keeps the application or its pending invitation")
	}
	if err := mentoring.UpdateApplication(f.app, mentee.Id, menteeApp.Id, form); problemCode(err) != "mentoring.error.not_editable" {
		t.Fatalf("editing a withdrawn application: %v", err)
	}
}

func TestDecide(t *testing.T) {
	cases := []struct {
		decision, locale, wantSubject, wantText string
	}{
		{"approved", "sv", "Din ansökan till Programme p", "är godkänd"},
		{"waitlisted", "fr", "Votre candidature à Programme p", "liste d'attente"},
		{"rejected", "en", "Your application to Programme p", "could not be accepted"},
	}
	for _, c := range cases {
		t.Run(c.decision, func(t *testing.T) {
			f := newFixture(t)
			coordinator := f.user("coord", "en")
			program := f.program("p", "coordinated", "applications", coordinator, map[string]any{"requires_approval": true})
			applicant := f.user("ana", c.locale)
			application := f.application(applicant, program, "mentee", "submitted", nil)
			if err := mentoring.Decide(f.app, applicant.Id, application.Id, c.decision, ""); problemCode(err) != "mentoring.error.not_coordinator" {
				t.Fatalf("an applicant decides: %v", err)
			}
			if err := mentoring.Decide(f.app, coordinator.Id, application.Id, c.decision, "See you at the kickoff"); err != nil {
				t.Fatal(err)
			}
			saved := f.reload(application)
			if saved.GetString("status") != c.decision || saved.GetString("decision_message") != "See you at the kickoff" {
				t.Fatalf("saved %s %q", saved.GetString("status"), saved.GetString("decision_message"))
			}
			mail := f.mailOfKind(applicant, "application_decision")
			if mail.GetString("locale") != c.locale || mail.GetString("subject") != c.wantSubject ||
				!strings.Contains(mail.GetString("text"), c.wantText) || !strings.Contains(mail.GetString("text"), "> See you at the kickoff") {
				t.Fatalf("mail %s %q:\n%s", mail.GetString("locale"), mail.GetString("subject"), mail.GetString("text"))
			}
		})
	}
}
