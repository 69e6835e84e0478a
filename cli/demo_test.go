package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/apptest"
)

func TestDemoLoadsOnceWhateverTheRuns(t *testing.T) {
	app := apptest.New(t)
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	var accounts []demoAccount
	for run := range 2 {
		var err error
		accounts, _, err = loadDemo(app, now.Add(time.Duration(run)*time.Hour))
		if err != nil {
			t.Fatalf("run %d: %v", run+1, err)
		}
	}
	counts := map[string]int{
		"programs": 2, "charters": 2, "tags": len(demoTags), "users": 1 + 30 + 50,
		"applications": 30 + 50, "charter_acceptances": 30 + 50,
		"matches": demoPairCount + 1, "events": 2 * 2,
	}
	for collection, want := range counts {
		got, err := app.CountRecords(collection)
		if err != nil || int(got) != want {
			t.Errorf("%s: %d records (err %v), want %d", collection, got, err, want)
		}
	}
	charters, err := app.FindAllRecords("charters")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range charters {
		for _, locale := range []string{"en", "fr", "sv"} {
			body := c.GetString("body_" + locale)
			if !strings.Contains(body, "**1.") || strings.Contains(body, "##") {
				t.Errorf("the %s charter is not the model charter alone:\n%s", locale, body)
			}
		}
	}
	for _, a := range accounts {
		user, err := app.FindAuthRecordByEmail("users", a.email)
		if err != nil || !user.ValidatePassword(demoPassword) {
			t.Errorf("printed account %s cannot sign in with the printed password (err %v)", a.email, err)
		}
	}
}

func TestDemoGivesEachProgrammeItsPeopleAndPhase(t *testing.T) {
	app := apptest.New(t)
	now := time.Now()
	if _, _, err := loadDemo(app, now); err != nil {
		t.Fatal(err)
	}
	for _, p := range demoPrograms {
		program, err := app.FindFirstRecordByData("programs", "slug", p.slug)
		if err != nil {
			t.Fatalf("%s: %v", p.slug, err)
		}
		if !program.GetBool("published") || program.GetDateTime("applications_open_at").Time().After(now) ||
			program.GetDateTime("applications_close_at").Time().Before(now) {
			t.Errorf("%s should be published and open for applications now", p.slug)
		}
		for role, want := range map[string]int{"mentor": p.mentors, "mentee": p.mentees} {
			apps, err := app.FindAllRecords("applications")
			if err != nil {
				t.Fatal(err)
			}
			got := 0
			for _, a := range apps {
				if a.GetString("program") == program.Id && a.GetString("role") == role {
					got++
				}
			}
			if got != want {
				t.Errorf("%s: %d %ss, want %d", p.slug, got, role, want)
			}
		}
	}
	locales := map[string]bool{}
	users, _ := app.FindAllRecords("users")
	for _, u := range users {
		locales[u.GetString("locale")] = true
	}
	if !locales["en"] || !locales["fr"] || !locales["sv"] {
		t.Errorf("demo people should speak all three portal languages, got %v", locales)
	}
}

func TestDemoSummaryNamesEveryRoleAndThePassword(t *testing.T) {
	var out bytes.Buffer
	printDemoAccounts(&out, "http://127.0.0.1:8090", "/srv/pb_data", []demoAccount{
		{role: "coordinator", email: demoCoordinatorEmail},
		{program: "Alumni", mode: "self_service", role: "mentee", email: "a@example.com"},
	}, 80)
	for _, want := range []string{"http://127.0.0.1:8090/login", demoPassword, "coordinator", demoCoordinatorEmail, "Alumni (self-service)", "mentee", "Settings → Application", "/srv/pb_data"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.String())
		}
	}
}

func TestDemoPairsThePrintedSelfServiceAccounts(t *testing.T) {
	app := apptest.New(t)
	accounts, _, err := loadDemo(app, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	userOf := map[string]string{}
	for _, a := range accounts {
		if a.mode == "self_service" {
			u, err := app.FindAuthRecordByEmail("users", a.email)
			if err != nil {
				t.Fatal(err)
			}
			userOf[a.role] = u.Id
		}
	}
	active, err := app.FindRecordsByFilter("matches", `status = "active" && mentor.user = {:mentor} && mentee.user = {:mentee}`,
		"", 0, 0, map[string]any{"mentor": userOf["mentor"], "mentee": userOf["mentee"]})
	if err != nil || len(active) != 1 {
		t.Fatalf("the printed mentor and mentee should share one active pair, got %d (err %v)", len(active), err)
	}
	if active[0].GetInt("score") <= 0 || active[0].GetString("score_details") == "" {
		t.Error("the demo pair has no score or explanation")
	}
	invited, err := app.FindRecordsByFilter("matches", `status = "invited" && mentor.user = {:mentor}`,
		"", 0, 0, map[string]any{"mentor": userOf["mentor"]})
	if err != nil || len(invited) != 1 {
		t.Errorf("the printed mentor should have one invitation to answer, got %d (err %v)", len(invited), err)
	}
}

func TestDemoLoadedAgainKeepsWhatPeopleDid(t *testing.T) {
	app := apptest.New(t)
	if _, _, err := loadDemo(app, time.Now()); err != nil {
		t.Fatal(err)
	}
	invitation, err := app.FindFirstRecordByData("matches", "status", "invited")
	if err != nil {
		t.Fatal(err)
	}
	invitation.Set("status", "declined")
	application, err := app.FindFirstRecordByData("applications", "id", invitation.GetString("mentee"))
	if err != nil {
		t.Fatal(err)
	}
	application.Set("status", "withdrawn")
	b := apptest.Build(t, app)
	b.Save(invitation)
	b.Save(application)
	if _, _, err := loadDemo(app, time.Now()); err != nil {
		t.Fatalf("loading the demo again after people used it: %v", err)
	}
	invitation, _ = app.FindRecordById("matches", invitation.Id)
	application, _ = app.FindRecordById("applications", application.Id)
	if invitation.GetString("status") != "declined" || application.GetString("status") != "withdrawn" {
		t.Errorf("a new load undid what people did: invitation %s, application %s",
			invitation.GetString("status"), application.GetString("status"))
	}
}

// demo --scale adds the people, pairs, meetings and messages it says, who sign in with the
// demo's password, and whose mentors the self-service directory lists; the demo's own
// active pairs without a message get a conversation too.
func TestDemoScaleAddsParticipantsWithTheirPairs(t *testing.T) {
	app := apptest.New(t)
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	if _, _, err := loadDemo(app, now); err != nil {
		t.Fatal(err)
	}
	before := map[string]int64{}
	for _, c := range []string{"users", "applications", "charter_acceptances", "matches", "meetings", "messages"} {
		before[c], _ = app.CountRecords(c)
	}
	const silentPairs = "SELECT COUNT(*) FROM matches m WHERE m.status = 'active' AND NOT EXISTS (SELECT 1 FROM messages WHERE match = m.id)"
	var silent int64
	if err := app.DB().NewQuery(silentPairs).Row(&silent); err != nil || silent == 0 {
		t.Fatalf("the demo has %d active pairs without a message (%v): the test needs some", silent, err)
	}
	w, err := addScale(app, 40, now)
	if err != nil {
		t.Fatal(err)
	}
	if w != (scaleWorld{people: 40, pairs: 10, meetings: 40, messages: 40 + 4*int(silent)}) {
		t.Fatalf("scale world %+v", w)
	}
	if err := app.DB().NewQuery(silentPairs).Row(&silent); err != nil || silent != 0 {
		t.Errorf("%d active pairs still without a message (%v)", silent, err)
	}
	for collection, added := range map[string]int64{"users": 40, "applications": 40, "charter_acceptances": 40,
		"matches": 10, "meetings": 40, "messages": int64(w.messages)} {
		if got, _ := app.CountRecords(collection); got-before[collection] != added {
			t.Errorf("%s: %d added, want %d", collection, got-before[collection], added)
		}
	}
	user, err := app.FindFirstRecordByFilter("users", "email ~ 'scale.example.com'")
	if err != nil || !user.ValidatePassword(demoPassword) {
		t.Errorf("a generated person cannot sign in with the demo's password (%v)", err)
	}
	pair, err := app.FindFirstRecordByFilter("matches", "status = 'active' && mentor.user.email ~ 'scale.example.com'")
	if err != nil || pair.GetString("mentor") == pair.GetString("mentee") || pair.GetInt("score") == 0 && pair.GetString("score_details") == "" {
		t.Errorf("generated pair %v (%v)", pair, err)
	}
}
