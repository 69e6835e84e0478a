package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// planWorld is a fresh copy of a coordinated programme, seeded once per test binary: mentors
// Xavier (French, Swedish) and Yann (French), one seat each; mentees Ana (French, Swedish),
// Bo (Swedish) and Cem (German); a shared language is a must.
func planWorld(t *testing.T) core.App {
	return apptest.World(t, "plan", func(t testing.TB, app *tests.TestApp) {
		b := apptest.Build(t, app)
		coordinator := b.Person("coordinator@example.com", "Coordinator", "")
		program := b.Programme("plan", "Plan", map[string]any{"published": true, "coordinators": []string{coordinator.Id},
			"criteria": map[string]any{"weights": map[string]any{"languages": 1}, "must": []string{"languages"}}})
		for _, p := range []struct {
			name, role string
			languages  []string
		}{
			{"Xavier", "mentor", []string{"fr", "sv"}}, {"Yann", "mentor", []string{"fr"}},
			{"Ana", "mentee", []string{"fr", "sv"}}, {"Bo", "mentee", []string{"sv"}}, {"Cem", "mentee", []string{"de"}},
		} {
			user := b.Person(strings.ToLower(p.name)+"@example.com", p.name, "")
			b.Application(program.Id, user.Id, p.role, "approved", map[string]any{"languages": p.languages, "capacity": 1})
		}
	})
}

func runPlanCmd(t *testing.T, app core.App, args ...string) (string, error) {
	cmd := newMatchPlanCmd(app)
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), err
}

func TestMatchPlanPrintsPairsAndUnmatched(t *testing.T) {
	app := planWorld(t)
	out, err := runPlanCmd(t, app, "--program", "plan")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Matching Plan (plan)…", "MENTEE", "Ana     Yann", "Bo      Xavier", "Cem               no_allowed_mentor",
		"2 pairs, 1 mentees unmatched", "(proven optimal: most mentees matched, then the highest total)",
		"Lowest score 100; scores 90–100: 2; 0 blocking pairs.", "run again with --publish"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if n, _ := app.CountRecords("matches"); n != 2 {
		t.Errorf("%d draft pairs stored, want 2", n)
	}
}

// A stable proposal is not optimised for the total: the command says what holds instead.
func TestMatchPlanSaysWhatStableProves(t *testing.T) {
	app := planWorld(t)
	program, err := app.FindFirstRecordByData("programs", "slug", "plan")
	if err != nil {
		t.Fatal(err)
	}
	program.Set("matching_objective", "stable")
	if err := app.Save(program); err != nil {
		t.Fatal(err)
	}
	out, err := runPlanCmd(t, app, "--program", "plan")
	if err != nil {
		t.Fatal(err)
	}
	want := "(stable: 0 blocking pairs, no mentee and mentor would both rather be together; not optimised for the total score)"
	if !strings.Contains(out, want) || strings.Contains(out, "not proven optimal") {
		t.Errorf("output lacks %q or says it is not proven optimal:\n%s", want, out)
	}
}

func TestMatchPlanPublishes(t *testing.T) {
	app := planWorld(t)
	out, err := runPlanCmd(t, app, "--program", "plan", "--publish")
	if err != nil || !strings.Contains(out, "Published 2 pairs") {
		t.Fatalf("%v\n%s", err, out)
	}
	active, _ := app.FindRecordsByFilter("matches", `status = "active"`, "", 0, 0)
	mails, _ := app.FindRecordsByFilter("outbox", `kind = "match_published"`, "", 0, 0)
	if len(active) != 2 || len(mails) != 4 {
		t.Fatalf("%d active pairs and %d mails, want 2 and 4", len(active), len(mails))
	}
	if _, err := runPlanCmd(t, app, "--program", "nope"); err == nil || !strings.Contains(err.Error(), `no programme with slug "nope"`) {
		t.Fatalf("unknown slug: %v", err)
	}
}
