package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

const console = "/coordinate/paired-up/matching"

func TestConsoleIsForTheProgrammesCoordinatorsOnly(t *testing.T) {
	t.Parallel()
	visits := []struct {
		name, person, url string
		status            int
		want              []string
	}{
		{"a participant of the programme", "nina", console, 404, []string{"Sidan hittades inte"}},
		{"someone from elsewhere", "otto", console, 404, []string{"Page not found"}},
		{"a self-service programme has no console", "coord", "/coordinate/open-mentors/matching", 404, []string{"Page not found"}},
		{"the coordinator before any run", "coord", console, 200,
			[]string{"Matching: Paired Up", `id="count-mentees">2<`, `id="count-seats">2<`, `id="count-matched">0<`, `id="console-no-drafts"`, `id="console-run"`}},
	}
	for _, v := range visits {
		headers, factory := as(matching(), v.person)
		scenario := tests.ApiScenario{Name: v.name, Method: http.MethodGet, URL: v.url, Headers: headers,
			TestAppFactory: factory, ExpectedStatus: v.status, ExpectedContent: v.want, NotExpectedContent: []string{"Nina Novice"}}
		if v.status == 200 {
			scenario.NotExpectedContent = nil
		}
		scenario.Test(t)
	}
	headers, factory := as(matching(), "nina")
	scenario := tests.ApiScenario{Name: "a participant cannot run the matching", Method: http.MethodPost, URL: console + "/run",
		Body: form(true), Headers: headers, TestAppFactory: factory, ExpectedStatus: 404, ExpectedContent: []string{"Sidan hittades inte"},
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if n, _ := app.CountRecords("matches", dbx.HashExp{"status": "draft"}); n != 0 {
				t.Errorf("%d drafts were made", n)
			}
		}}
	scenario.Test(t)
}

func TestConsoleRunLockExcludeAssignPublish(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	handler := newHandler(t, w.app)
	coord := invitationBrowser(t, w, "coord")
	draftOf := func(mentee string) *core.Record {
		t.Helper()
		m, err := w.app.FindFirstRecordByFilter("matches", "mentee = {:m} && status = 'draft' && excluded = false", dbx.Params{"m": mwApp(mentee)})
		if err != nil {
			t.Fatalf("no draft for %s", mentee)
		}
		return m
	}

	// Run: the best pairs, with scores and the certificate.
	res := do(handler, http.MethodPost, console+"/run", form(true), coord)
	if res.Code != http.StatusSeeOther || res.Header().Get("Location") != console+"?run=optimal" {
		t.Fatalf("run: %d %q", res.Code, res.Header().Get("Location"))
	}
	nina := draftOf("nina")
	if nina.GetString("mentor") != mwApp("lena") || draftOf("omar").GetString("mentor") != mwApp("max") {
		t.Fatalf("proposal: nina→%s omar→%s", nina.GetString("mentor"), draftOf("omar").GetString("mentor"))
	}
	mustShow(t, handler, console+"?run=optimal", coord, 200, []string{"proven optimal", `id="pair-` + nina.Id + `"`,
		"Nina Novice", "Lena Lead", "Omar Open", "Max Money", `class="badge score-badge"`, "Development areas and skills",
		`id="count-matched">2<`, "the pairs proposed (2) will be told by e-mail"}, []string{`id="console-unmatched"`})

	// Lock Nina with Lena, exclude Omar with Max, run again: Nina keeps Lena, Omar has nobody.
	mustPost(t, handler, console+"/pairs/"+nina.Id+"/lock", coord)
	omar := draftOf("omar")
	mustPost(t, handler, console+"/pairs/"+omar.Id+"/exclude", coord)
	mustPost(t, handler, console+"/run", coord)
	if again := draftOf("nina"); again.Id != nina.Id || !again.GetBool("locked") {
		t.Fatalf("the locked pair was replaced: %s locked=%v", again.Id, again.GetBool("locked"))
	}
	mustShow(t, handler, console, coord, 200, []string{"Locked", "Unlock", "Excluded", `id="console-unmatched"`,
		"<strong>Omar Open</strong> — the seats of the suitable mentors are taken"}, nil)

	// Assign Omar to Lena: the preview shows the score and that Lena's seat goes to Nina;
	// confirming is refused until the coordinator drops Nina's pair for this one.
	mustShow(t, handler, console+"/assign?mentee="+mwApp("omar")+"&mentor="+mwApp("lena"), coord, 200,
		[]string{"Pair Omar Open with Lena Lead?", `class="badge score-badge"`, `id="console-assign-confirm"`,
			"Lena Lead has no seat left in the proposal", `value="` + nina.Id + `"`}, nil)
	res = do(handler, http.MethodPost, console+"/assign", form(true, "mentee", mwApp("omar"), "mentor", mwApp("lena")), coord)
	if res.Code != http.StatusUnprocessableEntity || !strings.Contains(res.Body.String(), `role="alert"`) {
		t.Fatalf("assigning to a full mentor: %d", res.Code)
	}
	mustPost(t, handler, console+"/pairs/"+nina.Id+"/lock", coord)
	mustPost(t, handler, console+"/assign", coord, "mentee", mwApp("omar"), "mentor", mwApp("lena"), "drop", nina.Id)
	mustPost(t, handler, console+"/run", coord)
	if m := draftOf("omar"); m.GetString("mentor") != mwApp("lena") || !m.GetBool("locked") {
		t.Fatalf("the assigned pair did not survive the run: omar→%s", m.GetString("mentor"))
	}
	if m := draftOf("nina"); m.GetString("mentor") != mwApp("max") {
		t.Fatalf("nina→%s, want max", m.GetString("mentor"))
	}

	// Publish: a confirmation first, then both pairs active and each member told in their language.
	res = do(handler, http.MethodPost, console+"/publish", form(true), coord)
	if res.Code != http.StatusUnprocessableEntity || !strings.Contains(res.Body.String(), `id="e-confirm"`) {
		t.Fatalf("publishing without confirming: %d", res.Code)
	}
	res = do(handler, http.MethodPost, console+"/publish", form(true, "confirm", "yes"), coord)
	if res.Code != http.StatusSeeOther || res.Header().Get("Location") != console+"?published=2" {
		t.Fatalf("publish: %d %q", res.Code, res.Header().Get("Location"))
	}
	mustShow(t, handler, console+"?published=2", coord, 200, []string{"Published: 2 pairs", `id="console-active"`, `id="count-matched">2<`}, nil)
	if n, _ := w.app.CountRecords("matches", dbx.HashExp{"program": w.paired.Id, "status": "active"}); n != 2 {
		t.Errorf("%d active pairs", n)
	}
	for person, locale := range map[string]string{"nina": "sv", "max": "en", "omar": "fr", "lena": "fr"} {
		if mail := queuedMail(t, w.app, "match_published", person+"@example.org"); mail.GetString("locale") != locale {
			t.Errorf("%s's mail is in %q, want %q", person, mail.GetString("locale"), locale)
		}
	}
	if n, _ := w.app.CountRecords("outbox", dbx.HashExp{"kind": "match_published"}); n != 4 {
		t.Errorf("%d publication mails, want 2 per pair", n)
	}
}
