package workspace_test

import (
	"github.com/mentorbase/mentorbase/apptest"
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/workspace"
)

// TestEventReachesPeopleWhoJoinLater: an event announced before someone was approved is
// sent to them once they are, once only; an event for active pairs reaches a pair when it
// becomes active; an event that is over or cancelled is not sent.
func TestEventReachesPeopleWhoJoinLater(t *testing.T) {
	w := newPairWorld(t)
	start := time.Now().AddDate(0, 1, 0).Truncate(time.Hour)
	create := func(audience, title string, at time.Time) string {
		t.Helper()
		e, err := workspace.CreateEvent(w.app, w.coord.Id, w.program.Id, workspace.EventForm{Kind: "workshop", Audience: audience,
			Start: at, Texts: map[string]workspace.EventText{"en": {Title: title}}})
		if err != nil {
			t.Fatal(err)
		}
		return e.Id
	}
	kickoff := create("all", "Kickoff", start)
	cancelled := create("all", "Cancelled", start)
	if err := workspace.CancelEvent(w.app, w.coord.Id, w.program.Id, cancelled); err != nil {
		t.Fatal(err)
	}
	pairs := create("paired", "Pairs' evening", start)
	late := apptest.Build(t, w.app).Record("users", map[string]any{"email": "late@example.org", "name": "Late", "locale": "en", "password": "secret-pass-123"})
	late2 := apptest.Build(t, w.app).Record("users", map[string]any{"email": "late2@example.org", "name": "Later", "locale": "fr", "password": "secret-pass-123"})
	announced := func(to string) map[string]int {
		got := map[string]int{}
		for _, m := range mails(t, w.app, "event_announced") {
			if m.GetString("to") == to {
				got[m.GetString("related_id")]++
			}
		}
		return got
	}
	application := apptest.Build(t, w.app).Record("applications", map[string]any{"program": w.program.Id, "user": late.Id, "role": "mentee", "status": "submitted"})
	if got := announced("late@example.org"); len(got) != 0 {
		t.Fatalf("a submitted application was sent %v", got)
	}
	application.Set("status", "approved")
	apptest.Build(t, w.app).Save(application)
	application.Set("status", "approved")
	application.Set("other_wishes", "Evenings")
	apptest.Build(t, w.app).Save(application)
	if got := announced("late@example.org"); len(got) != 1 || got[kickoff] != 1 {
		t.Fatalf("once approved, sent %v; want the kickoff once", got)
	}
	mentor := apptest.Build(t, w.app).Record("applications", map[string]any{"program": w.program.Id, "user": late2.Id, "role": "mentor", "status": "approved"})
	apptest.Build(t, w.app).Record("matches", map[string]any{"program": w.program.Id, "mentor": mentor.Id, "mentee": application.Id, "status": "active", "origin": "coordinator"})
	if got := announced("late@example.org"); len(got) != 2 || got[pairs] != 1 {
		t.Errorf("once paired, the mentee was sent %v; want the pairs' evening too", got)
	}
	if got := announced("late2@example.org"); len(got) != 2 || got[kickoff] != 1 || got[pairs] != 1 {
		t.Errorf("the mentor approved and paired was sent %v; want the kickoff and the pairs' evening", got)
	}
}

// TestCopiedEventsAreSavedAsNew: a programme run again copies last year's event records as
// they are; a cancelled one is saved cancelled and tells nobody, and every copy starts again
// at sequence 0 (its UID is new).
func TestCopiedEventsAreSavedAsNew(t *testing.T) {
	w := newPairWorld(t)
	start := time.Now().AddDate(0, 1, 0).Truncate(time.Hour)
	for _, status := range []string{"cancelled", "scheduled"} {
		copied := apptest.Build(t, w.app).Record("events", map[string]any{"program": w.program.Id, "kind": "workshop", "title": "Copy " + status,
			"audience": "mentees", "status": status, "sequence": 3, "starts_at": start})
		if copied.GetInt("sequence") != 0 || copied.GetString("status") != status {
			t.Errorf("copy saved as %s at sequence %d", copied.GetString("status"), copied.GetInt("sequence"))
		}
	}
	if got := mails(t, w.app, "event_announced"); len(got) != 1 || got[0].GetString("to") != w.mentee.Email() {
		t.Errorf("%d announcements, want only the scheduled copy's, to the mentee", len(got))
	}
}
