package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
)

// seedPlanProgramme: mentors Xavier (French, Swedish) and Yann (French), one seat each;
// mentees Ana (French, Swedish), Bo (Swedish) and Cem (German); a shared language is a must.
func seedPlanProgramme(t *testing.T, app core.App) {
	save := func(collection string, data map[string]any) *core.Record {
		col, _ := app.FindCollectionByNameOrId(collection)
		r := core.NewRecord(col)
		r.Load(data)
		if collection == "users" {
			r.SetEmail(strings.ToLower(data["name"].(string)) + "@example.com")
			r.SetPassword("secret-pass-123")
		}
		if err := app.Save(r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	coordinator := save("users", map[string]any{"name": "Coordinator"})
	program := save("programs", map[string]any{"slug": "plan", "name": "Plan", "languages": []string{"en"},
		"timezone": "Europe/Paris", "matching_mode": "coordinated", "published": true, "coordinators": []string{coordinator.Id},
		"criteria": map[string]any{"weights": map[string]any{"languages": 1}, "must": []string{"languages"}}})
	for _, p := range []struct {
		name, role string
		languages  []string
	}{
		{"Xavier", "mentor", []string{"fr", "sv"}}, {"Yann", "mentor", []string{"fr"}},
		{"Ana", "mentee", []string{"fr", "sv"}}, {"Bo", "mentee", []string{"sv"}}, {"Cem", "mentee", []string{"de"}},
	} {
		user := save("users", map[string]any{"name": p.name})
		save("applications", map[string]any{"program": program.Id, "user": user.Id, "role": p.role,
			"status": "approved", "languages": p.languages, "capacity": 1})
	}
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
	app := apptest.New(t)
	seedPlanProgramme(t, app)
	out, err := runPlanCmd(t, app, "--program", "plan")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Matching Plan (plan)…", "MENTEE", "Ana     Yann", "Bo      Xavier", "Cem               no_allowed_mentor",
		"2 pairs, 1 mentees unmatched", "proven optimal", "run again with --publish"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if n, _ := app.CountRecords("matches"); n != 2 {
		t.Errorf("%d draft pairs stored, want 2", n)
	}
}

func TestMatchPlanPublishes(t *testing.T) {
	app := apptest.New(t)
	seedPlanProgramme(t, app)
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
