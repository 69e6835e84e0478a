package mentoring_test

import (
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/mentoring"
)

// console is a coordinated programme where a greedy choice fails: mentee A speaks French and
// Swedish and scores best with mentor X (French, Swedish), but B speaks only Swedish, so the
// optimum gives A to Y (French) and B to X. C speaks German: nobody shares a language, a
// must-have.
type console struct {
	*fixture
	coordinator, program *core.Record
	x, y, a, b, c        *core.Record // applications
	users                map[string]*core.Record
}

func newConsole(t *testing.T) *console {
	people := []struct{ name, role, locale string }{
		{"x", "mentor", "fr"}, {"y", "mentor", "en"}, {"a", "mentee", "sv"}, {"b", "mentee", "en"}, {"c", "mentee", "en"},
	}
	languages := map[string][]string{"x": {"fr", "sv"}, "y": {"fr"}, "a": {"fr", "sv"}, "b": {"sv"}, "c": {"de"}}
	f := world(t, "console", func(f *fixture) {
		program := f.program("console", "coordinated", "matching", f.user("coord", "en"), map[string]any{
			"criteria": map[string]any{"weights": map[string]any{"languages": 1}, "must": []string{"languages"}},
		})
		for _, p := range people {
			f.application(f.user(p.name, p.locale), program, p.role, "approved", map[string]any{"languages": languages[p.name], "capacity": 1})
		}
	})
	k := &console{fixture: f, users: map[string]*core.Record{}}
	k.coordinator = f.find("users", "email", "coord@example.com")
	k.program = f.find("programs", "slug", "console")
	apps := map[string]*core.Record{}
	for _, p := range people {
		k.users[p.name] = f.find("users", "email", p.name+"@example.com")
		apps[p.name] = f.applicationOf(k.users[p.name], k.program)
	}
	k.x, k.y, k.a, k.b, k.c = apps["x"], apps["y"], apps["a"], apps["b"], apps["c"]
	return k
}

// plan runs Plan and returns mentee application id → mentor application id, mentee id →
// unmatched reason.
func (k *console) plan() (map[string]string, map[string]string) {
	k.t.Helper()
	result, err := mentoring.Plan(k.app, k.program.Id)
	if err != nil {
		k.t.Fatal(err)
	}
	if !result.Optimal {
		k.t.Fatal("the plan is not proven optimal")
	}
	pairs, unmatched := map[string]string{}, map[string]string{}
	for _, p := range result.Pairs {
		pairs[p.Mentee.Id] = p.Mentor.Id
		if p.Match.GetString("status") != "draft" || p.Match.GetInt("score") != p.Result.Score {
			k.t.Fatalf("proposed match %v", p.Match)
		}
	}
	for _, u := range result.Unmatched {
		unmatched[u.Application.Id] = u.Reason
	}
	if n := k.count("matches", `status = "draft" && excluded = false`, nil); n != len(result.Pairs) {
		k.t.Fatalf("%d drafts stored for %d proposed pairs", n, len(result.Pairs))
	}
	return pairs, unmatched
}

func TestPlanIsOptimalAndRespectsTheConsole(t *testing.T) {
	k := newConsole(t)
	pairs, unmatched := k.plan()
	if pairs[k.a.Id] != k.y.Id || pairs[k.b.Id] != k.x.Id || len(pairs) != 2 {
		t.Fatalf("pairs %v: want A–Y and B–X", pairs)
	}
	if unmatched[k.c.Id] != matching.ReasonNoAllowedMentor {
		t.Fatalf("unmatched %v", unmatched)
	}

	// A assigned to X by hand, dropping B's proposed pair with X: the lock holds and takes
	// X's only seat from B
	bx, err := k.app.FindFirstRecordByFilter("matches", `mentee = {:b} && status = "draft"`, dbx.Params{"b": k.b.Id})
	if err != nil {
		t.Fatal(err)
	}
	locked, err := mentoring.AssignPair(k.app, k.coordinator.Id, k.a.Id, k.x.Id, bx.Id)
	if err != nil {
		t.Fatal(err)
	}
	pairs, unmatched = k.plan()
	if pairs[k.a.Id] != k.x.Id || unmatched[k.b.Id] == "" || k.reload(locked).GetString("status") != "draft" {
		t.Fatalf("with A–X locked: pairs %v unmatched %v", pairs, unmatched)
	}

	// unlocked, A–Y excluded: A and B both want X's one seat
	if err := mentoring.LockPair(k.app, k.coordinator.Id, locked.Id, false); err != nil {
		t.Fatal(err)
	}
	if err := mentoring.ExcludePair(k.app, k.coordinator.Id, k.a.Id, k.y.Id); err != nil {
		t.Fatal(err)
	}
	pairs, unmatched = k.plan()
	if len(pairs) != 1 || pairs[k.a.Id]+pairs[k.b.Id] != k.x.Id || unmatched[k.a.Id]+unmatched[k.b.Id] != matching.ReasonSeatsTaken {
		t.Fatalf("with A–Y excluded: pairs %v unmatched %v", pairs, unmatched)
	}

	// B–X excluded too: A gets X
	if err := mentoring.ExcludePair(k.app, k.coordinator.Id, k.b.Id, k.x.Id); err != nil {
		t.Fatal(err)
	}
	pairs, unmatched = k.plan()
	if pairs[k.a.Id] != k.x.Id || unmatched[k.b.Id] != matching.ReasonNoAllowedMentor {
		t.Fatalf("with B–X excluded: pairs %v unmatched %v", pairs, unmatched)
	}

	// X declined A once: never proposed again, though X has a seat
	k.match(k.program, k.x, k.a, "declined", nil)
	pairs, unmatched = k.plan()
	if len(pairs) != 0 || unmatched[k.a.Id] != matching.ReasonNoAllowedMentor {
		t.Fatalf("a declined pair is proposed again: %v %v", pairs, unmatched)
	}
	if err := mentoring.ExcludePair(k.app, k.users["a"].Id, k.a.Id, k.x.Id); problemCode(err) != "mentoring.error.not_coordinator" {
		t.Fatalf("a mentee changes the console: %v", err)
	}
}

func TestAssignPairShowsItsScoreAndKeepsCapacity(t *testing.T) {
	k := newConsole(t)
	match, err := mentoring.AssignPair(k.app, k.coordinator.Id, k.b.Id, k.x.Id, "")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := mentoring.ScorePair(k.app, k.b, k.x)
	if !match.GetBool("locked") || match.GetInt("score") != want.Score || want.Score == 0 {
		t.Fatalf("assigned pair %v, score %d", match, want.Score)
	}
	if _, err := mentoring.AssignPair(k.app, k.coordinator.Id, k.a.Id, k.x.Id, ""); problemCode(err) != "console.error.mentor_full" ||
		!strings.Contains(err.Error(), "Name of x has no seat left in the proposal — seats: 1, pairs already: 1") {
		t.Fatalf("a second pair for a mentor with one seat: %v", err)
	}
}

func TestAssignPairCountsTheUnlockedProposal(t *testing.T) {
	k := newConsole(t)
	k.plan() // A–Y, B–X: X's only seat goes to B's unlocked draft
	ay, _ := k.app.FindFirstRecordByFilter("matches", `mentee = {:a} && status = "draft"`, dbx.Params{"a": k.a.Id})
	if _, err := mentoring.AssignPair(k.app, k.coordinator.Id, k.a.Id, k.x.Id, ""); problemCode(err) != "console.error.mentor_full" {
		t.Fatalf("a third pair on the proposal: %v", err)
	}
	if _, err := mentoring.AssignPair(k.app, k.coordinator.Id, k.a.Id, k.x.Id, ay.Id); problemCode(err) != "console.error.mentor_full" {
		t.Fatalf("dropping a pair that is not the mentor's: %v", err)
	}
	bx, _ := k.app.FindFirstRecordByFilter("matches", `mentee = {:b} && status = "draft"`, dbx.Params{"b": k.b.Id})
	if _, err := mentoring.AssignPair(k.app, k.coordinator.Id, k.a.Id, k.x.Id, bx.Id); err != nil {
		t.Fatal(err)
	}
	if n := k.count("matches", `mentee = {:b}`, dbx.Params{"b": k.b.Id}); n != 0 {
		t.Fatalf("B's dropped pair is still there (%d)", n)
	}
	if over, err := mentoring.Overbooked(k.app, k.program.Id); err != nil || len(over) != 0 {
		t.Fatalf("overbooked after assigning: %v %v", over, err)
	}
	if n, err := mentoring.Publish(k.app, k.coordinator.Id, k.program.Id); err != nil || n != 1 {
		t.Fatalf("published %d: %v", n, err)
	}
}

func TestPublishActivatesEveryPairAndMailsBothMembers(t *testing.T) {
	k := newConsole(t)
	k.plan()
	excluded := k.match(k.program, k.y, k.c, "draft", map[string]any{"excluded": true})
	if _, err := mentoring.Publish(k.app, k.users["a"].Id, k.program.Id); problemCode(err) != "mentoring.error.not_coordinator" {
		t.Fatalf("a mentee publishes: %v", err)
	}
	n, err := mentoring.Publish(k.app, k.coordinator.Id, k.program.Id)
	if err != nil || n != 2 {
		t.Fatalf("published %d, %v", n, err)
	}
	if got := k.count("matches", `status = "active" && started_at != ""`, nil); got != 2 {
		t.Fatalf("%d active pairs", got)
	}
	if k.reload(excluded).GetString("status") != "draft" {
		t.Fatal("an excluded pair was published")
	}
	for _, c := range []struct{ person, partner, locale, subject string }{
		{"a", "y", "sv", "Ditt mentorpar i Programme console"},
		{"y", "a", "en", "Your mentoring pair in Programme console"},
		{"b", "x", "en", "Your mentoring pair in Programme console"},
		{"x", "b", "fr", "Votre binôme de mentorat dans Programme console"},
	} {
		mail := k.mailOfKind(k.users[c.person], "match_published")
		text := mail.GetString("text")
		if mail.GetString("locale") != c.locale || mail.GetString("subject") != c.subject ||
			!strings.Contains(text, "Name of "+c.partner) || !strings.Contains(text, c.partner+"@example.com") || !strings.Contains(text, "/matches/") {
			t.Errorf("%s's mail %s %q\n%s", c.person, mail.GetString("locale"), mail.GetString("subject"), text)
		}
	}
}

func TestPublishIsAllOrNothing(t *testing.T) {
	k := newConsole(t)
	k.match(k.program, k.x, k.a, "draft", nil)
	k.match(k.program, k.x, k.b, "draft", nil) // X has one seat
	_, err := mentoring.Publish(k.app, k.coordinator.Id, k.program.Id)
	if problemCode(err) != "console.error.publish_over_capacity" ||
		!strings.Contains(err.Error(), "Name of x has more pairs than seats — seats: 1, pairs: 2 (proposed with Name of a, Name of b)") {
		t.Fatalf("publishing two pairs on one seat: %v", err)
	}
	if n := k.count("matches", `status = "active"`, nil); n != 0 {
		t.Fatalf("%d pairs became active", n)
	}
	if n := k.count("outbox", `kind = "match_published"`, dbx.Params{}); n != 0 {
		t.Fatalf("%d mails queued", n)
	}
}
