package workspace_test

import (
	"errors"
	"testing"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// Every form's title and questions are translated: the portal builds these keys at run time,
// where the catalog tests cannot see them.
func TestEvaluationFormsAreTranslated(t *testing.T) {
	for _, form := range workspace.EvaluationForms {
		keys := []string{form.TitleKey()}
		for _, q := range form.Questions {
			keys = append(keys, q.LabelKey(form.Kind))
		}
		for _, key := range keys {
			for _, locale := range i18n.Locales {
				if !messages.Catalog.Has(locale, key) {
					t.Errorf("%s missing in %s", key, locale)
				}
			}
		}
	}
}

func TestEvaluationAnswersAreCheckedPerQuestion(t *testing.T) {
	midpoint, _ := workspace.FormOf(workspace.EvaluationMidpoint)
	first, _ := workspace.FormOf(workspace.EvaluationFirstInterview)
	cases := []struct {
		name    string
		form    workspace.EvaluationForm
		answers map[string]string
		want    map[string]any
		errs    []string // questions with an error
	}{
		{"typed values", midpoint, map[string]string{"met": "no", "going": "3", "tell_us": " Fine ", "extra": "dropped"},
			map[string]any{"met": false, "going": 3, "tell_us": "Fine"}, nil},
		{"required answers missing", midpoint, map[string]string{"tell_us": "x"}, nil, []string{"met", "going"}},
		{"scale out of range, yes/no garbled", midpoint, map[string]string{"met": "maybe", "going": "6"}, nil, []string{"met", "going"}},
		{"a date must be a date", first, map[string]string{"project_realistic": "yes", "project_relevant": "no",
			"feedback": "f", "action_plan": "p", "follow_up_on": "next week"}, nil, []string{"follow_up_on"}},
		{"a date", first, map[string]string{"project_realistic": "yes", "project_relevant": "no",
			"feedback": "f", "action_plan": "p", "follow_up_on": "2031-05-20"},
			map[string]any{"project_realistic": true, "project_relevant": false, "feedback": "f", "action_plan": "p", "follow_up_on": "2031-05-20"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := c.form.Parse(c.answers)
			var errs validation.Errors
			if errors.As(err, &errs) != (len(c.errs) > 0) {
				t.Fatalf("err %v, want errors on %v", err, c.errs)
			}
			for _, q := range c.errs {
				if errs[q] == nil {
					t.Errorf("no error on %s: %v", q, errs)
				}
			}
			if len(errs) != len(c.errs) {
				t.Errorf("errors %v, want on %v", errs, c.errs)
			}
			for k, v := range c.want {
				if got[k] != v {
					t.Errorf("%s = %#v, want %#v", k, got[k], v)
				}
			}
			if c.want != nil && len(got) != len(c.want) {
				t.Errorf("stored %v", got)
			}
		})
	}
}

// The forms fall due from the pair's records: the first interview for the mentor once a
// meeting took place, the check-in for both at the midpoint, the end ones at the programme's
// end; a submitted form is no longer open.
func TestEvaluationsFallDueFromThePairsRecords(t *testing.T) {
	w := newPairWorld(t)
	now := time.Now().UTC()
	w.program.Set("midpoint_at", now.Add(-time.Hour))
	if err := w.app.Save(w.program); err != nil {
		t.Fatal(err)
	}
	open := func() map[string]bool {
		t.Helper()
		pair, err := kernel.FindPair(w.app, w.match.Id)
		if err != nil {
			t.Fatal(err)
		}
		dues, err := workspace.DuesFor(w.app, pair, now)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, d := range dues {
			if d.Open(now) {
				got[d.Form.Kind+"/"+d.Role] = true
			}
		}
		return got
	}
	if got := open(); len(got) != 2 || !got["midpoint/mentor"] || !got["midpoint/mentee"] {
		t.Errorf("before any meeting: %v", got)
	}
	start := now.Add(-48 * time.Hour)
	w.Meeting(w.match.Id, w.mentee.Id, start, "confirmed", map[string]any{"mode": "phone"})
	if got := open(); !got["first_interview/mentor"] || got["first_interview/mentee"] {
		t.Errorf("after a meeting: %v", got)
	}
	if _, err := workspace.SubmitEvaluation(w.app, w.mentee.Id, w.match.Id, workspace.EvaluationMidpoint,
		map[string]string{"met": "yes", "going": "5"}); err != nil {
		t.Fatal(err)
	}
	if got := open(); got["midpoint/mentee"] || !got["midpoint/mentor"] || got["final/mentor"] {
		t.Errorf("after the mentee's check-in: %v", got)
	}
}

func TestReplaceEvaluationSteps(t *testing.T) {
	due := time.Date(2031, 6, 1, 0, 0, 0, 0, time.UTC)
	steps := []workspace.Step{
		{Key: workspace.StepAgreement, Done: true},
		{Key: workspace.StepFirstInterview},
		{Key: workspace.StepMidpoint},
		{Key: workspace.StepMeetings},
		{Key: workspace.StepFinal},
	}
	evaluations := []workspace.Step{
		{Key: workspace.StepFirstInterview, Done: true},
		{Key: workspace.StepFinal, Due: due},
	}
	got := workspace.ReplaceEvaluationSteps(steps, evaluations)
	want := []workspace.Step{steps[0], evaluations[0], steps[3], evaluations[1]}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("step %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}
