package pb_hooks_test

import (
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// The retention job runs every night once the hooks are bound, and one run does both halves
// of what the privacy page promises: a programme that ended more than its retention ago
// (12 months when nobody set one) passes to "former participant"s, one still within it is
// left alone, and the mail sent more than 30 days ago loses its text while newer mail keeps it.
func TestRetentionCronAnonymisesAndEmptiesOldMail(t *testing.T) {
	app := apptest.New(t)
	var job func()
	for _, j := range app.Cron().Jobs() {
		if j.Id() == "mentorbase_retention" {
			if got := j.Expression(); got != "17 3 * * *" {
				t.Errorf("scheduled %q, want once a day", got)
			}
			job = j.Run
		}
	}
	if job == nil {
		t.Fatal("no retention job")
	}
	b := apptest.Build(t, app)
	now := time.Now()
	mentee := b.Person("mentee@example.org", "Sven Mentee", "sv")
	applications := map[string]*core.Record{}
	for slug, endedMonthsAgo := range map[string]int{"expired": 13, "kept": 11} {
		end := now.AddDate(0, -endedMonthsAgo, 0)
		p := b.Programme(slug, slug, map[string]any{"starts_at": end.AddDate(0, -3, 0), "ends_at": end})
		applications[slug] = b.Application(p.Id, mentee.Id, "mentee", "approved", map[string]any{"motivation": "Sven's plans"})
	}
	sent := map[string]*core.Record{}
	for name, daysAgo := range map[string]int{"old": 31, "recent": 29} {
		r, err := outbox.Enqueue(app, outbox.Mail{To: "mentee@example.org", Kind: "test", Subject: "Hello",
			HTML: "<p>Sven's news</p>", Text: "Sven's news"})
		if err != nil {
			t.Fatal(err)
		}
		sent[name] = b.Update(r, map[string]any{"status": outbox.OutboxSent, "sent_at": now.AddDate(0, 0, -daysAgo)})
	}

	job()

	for slug, former := range map[string]bool{"expired": true, "kept": false} {
		a, err := app.FindRecordById("applications", applications[slug].Id)
		if err != nil {
			t.Fatal(err)
		}
		user, err := app.FindRecordById("users", a.GetString("user"))
		if err != nil || kernel.IsFormerParticipant(user) != former {
			t.Errorf("%s: the application is %q's (%v), want a former participant: %v", slug, user.GetString("name"), err, former)
		}
	}
	for name, emptied := range map[string]bool{"old": true, "recent": false} {
		r, err := app.FindRecordById("outbox", sent[name].Id)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.GetString("text") == "" && r.GetString("html") == ""; got != emptied || r.GetString("to") == "" {
			t.Errorf("%s mail: bodies emptied %v, want %v (to %q)", name, got, emptied, r.GetString("to"))
		}
	}
}
