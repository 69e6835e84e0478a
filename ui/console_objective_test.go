package ui_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

// mwTradeOff makes the coordinated programme's objectives disagree. Both mentees score 100
// with Lena; Nina scores 33 with Max, Omar 17. The highest total (and the fairest) pairs Nina
// with Max and Omar with Lena (133, lowest 33); the stable pairing keeps Nina with Lena (the
// tie with Omar goes to the first mentee) and leaves Omar with Max (117, lowest 17).
func mwTradeOff(t testing.TB, w *matchingWorld) {
	w.paired.Set("criteria", map[string]any{"weights": map[string]any{"development_areas": 3, "area": 1, "meeting_modes": 1, "languages": 1}})
	w.apps["nina"].Set("meeting_modes", []string{"video", "in_person"})
	w.apps["omar"].Load(map[string]any{"development_areas": []string{w.tags["leadership"].Id}, "area": "Nord", "city": "",
		"languages": []string{"sv"}, "meeting_modes": []string{"video"}})
	for _, record := range []*core.Record{w.paired, w.apps["nina"], w.apps["omar"]} {
		if err := w.app.Save(record); err != nil {
			t.Fatal(err)
		}
	}
}

func TestConsoleComparesTheObjectives(t *testing.T) {
	t.Parallel()
	best := `<td class="compare-matched">2</td><td class="compare-total">133</td><td class="compare-lowest">33</td>`
	stable := `<td class="compare-matched">2</td><td class="compare-total">117</td><td class="compare-lowest">17</td>`
	for locale, words := range map[string][]string{
		"en": {"What “best” means", "Highest total", "Fairest", "Stable", "Blocking pairs",
			`<td class="compare-distribution">90–100: 1<br>30–39: 1</td><td class="compare-blocking">0</td>`,
			`<td class="compare-distribution">90–100: 1<br>10–19: 1</td><td class="compare-blocking">0</td>`},
		"fr": {"Ce que « meilleur » veut dire", "Total le plus élevé", "Le plus équitable", "Paires bloquantes"},
		"sv": {"Vad ”bäst” betyder", "Högsta totalpoäng", "Rättvisast", "Stabil", "Blockerande par"},
	} {
		headers, factory := as(matching(mwTradeOff, mwSpeaks(locale)), "coord")
		(&tests.ApiScenario{Name: "the comparison in " + locale, Method: http.MethodGet, URL: console + "?compare=1", Headers: headers,
			TestAppFactory: factory, ExpectedStatus: 200,
			ExpectedContent: append(words, `id="console-compare"`, best, stable, `id="objective-total" checked`)}).Test(t)
	}
}

// The comparison reports the proposal as it stands beside the objectives: here Nina alone with
// Max (33), where Nina and Omar would both rather have Lena, who has a free seat.
func TestConsoleComparesTheProposalAsItStands(t *testing.T) {
	t.Parallel()
	ninaWithMax := func(t testing.TB, w *matchingWorld) {
		mwDraft("nina", "max")(t, w)
		draft, err := w.app.FindRecordById("matches", mwDraftID("nina", "max"))
		if err != nil {
			t.Fatal(err)
		}
		draft.Set("score", 33)
		if err := w.app.Save(draft); err != nil {
			t.Fatal(err)
		}
	}
	row := `<td class="compare-matched">1</td><td class="compare-total">33</td><td class="compare-lowest">33</td>` +
		`<td class="compare-distribution">30–39%s1</td><td class="compare-blocking">2</td></tr>`
	for locale, c := range map[string][2]string{"en": {"The proposal as it stands (to publish)", ": "},
		"fr": {"La proposition telle qu&#39;elle est (à publier)", " : "}, "sv": {"Förslaget som det ser ut nu (att publicera)", ": "}} {
		headers, factory := as(matching(mwTradeOff, ninaWithMax, mwSpeaks(locale)), "coord")
		(&tests.ApiScenario{Name: "the proposal in " + locale, Method: http.MethodGet, URL: console + "?compare=1", Headers: headers,
			TestAppFactory: factory, ExpectedStatus: 200,
			ExpectedContent: []string{`<tr id="compare-proposal"><th scope="row">` + c[0] + `</th>` + fmt.Sprintf(row, c[1])}}).Test(t)
	}
	headers, factory := as(matching(mwTradeOff), "coord")
	(&tests.ApiScenario{Name: "no proposal, no row", Method: http.MethodGet, URL: console + "?compare=1", Headers: headers,
		TestAppFactory: factory, ExpectedStatus: 200, ExpectedContent: []string{`id="console-compare"`},
		NotExpectedContent: []string{`id="compare-proposal"`}}).Test(t)
}

// A visit to the console does not solve the matching three times: the comparison waits for
// the coordinator's click.
func TestConsoleComparesOnDemand(t *testing.T) {
	t.Parallel()
	headers, factory := as(matching(mwTradeOff), "coord")
	(&tests.ApiScenario{Name: "a plain visit", Method: http.MethodGet, URL: console, Headers: headers,
		TestAppFactory: factory, ExpectedStatus: 200,
		ExpectedContent:    []string{`id="console-compare-run"`, "Compare the objectives", `name="compare" value="1"`},
		NotExpectedContent: []string{`id="console-compare"`, `class="compare-total"`}}).Test(t)
}

func TestConsoleRunsTheChosenObjective(t *testing.T) {
	t.Parallel()
	pairs := func(want map[string]string) func(testing.TB, *tests.TestApp, *http.Response) {
		return func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			for mentee, mentor := range want {
				if n, _ := app.CountRecords("matches", dbx.HashExp{"mentee": mwApp(mentee), "mentor": mwApp(mentor), "status": "draft"}); n != 1 {
					t.Errorf("%s is not proposed with %s", mentee, mentor)
				}
			}
		}
	}
	stored := func(objective string, then func(testing.TB, *tests.TestApp, *http.Response)) func(testing.TB, *tests.TestApp, *http.Response) {
		return func(t testing.TB, app *tests.TestApp, res *http.Response) {
			program, err := app.FindFirstRecordByData("programs", "slug", "paired-up")
			if err != nil || program.GetString("matching_objective") != objective {
				t.Errorf("the programme's objective is %q, want %q", program.GetString("matching_objective"), objective)
			}
			then(t, app, res)
		}
	}
	scenarios := []tests.ApiScenario{
		{Name: "stable keeps the pair both prefer", Body: form(true, "objective", "stable"), ExpectedStatus: http.StatusSeeOther,
			AfterTestFunc: stored("stable", pairs(map[string]string{"nina": "lena", "omar": "max"}))},
		{Name: "the highest total", Body: form(true, "objective", "total"), ExpectedStatus: http.StatusSeeOther,
			AfterTestFunc: stored("total", pairs(map[string]string{"nina": "max", "omar": "lena"}))},
		{Name: "fairest", Body: form(true, "objective", "fairest"), ExpectedStatus: http.StatusSeeOther,
			AfterTestFunc: stored("fairest", pairs(map[string]string{"nina": "max", "omar": "lena"}))},
		{Name: "an unknown objective is refused beside the choice", Body: form(true, "objective", "cheapest"),
			ExpectedStatus: http.StatusUnprocessableEntity, ExpectedContent: []string{`id="e-objective"`, "Please choose one of the options."},
			AfterTestFunc: stored("", pairs(nil))},
	}
	for _, s := range scenarios {
		s.Method, s.URL = http.MethodPost, console+"/run"
		s.Headers, s.TestAppFactory = as(matching(mwTradeOff), "coord")
		s.Test(t)
	}
	headers, factory := as(matching(mwTradeOff), "coord")
	(&tests.ApiScenario{Name: "the stable run says what it proved", Method: http.MethodGet, URL: console + "?run=stable",
		Headers: headers, TestAppFactory: factory, ExpectedStatus: 200,
		ExpectedContent: []string{"the stable pairing. No mentee and mentor would both rather be together"}}).Test(t)
}

// The REST API stores the same choices and refuses the same unknown objective.
func TestRestStoresOnlyKnownObjectives(t *testing.T) {
	t.Parallel()
	id := seedMatching(t).paired.Id // a copy of the same world: the same programme id
	for _, c := range []struct {
		objective string
		status    int
		want      string
	}{{"stable", 200, `"matching_objective":"stable"`}, {"cheapest", 400, `"matching_objective":{"code":"validation_invalid_value"`}} {
		headers, factory := as(matching(), "coord", "Content-Type", "application/json")
		(&tests.ApiScenario{Name: "PATCH " + c.objective, Method: http.MethodPatch, URL: "/api/collections/programs/records/" + id,
			Body: strings.NewReader(`{"matching_objective":"` + c.objective + `"}`), Headers: headers, TestAppFactory: factory,
			ExpectedStatus: c.status, ExpectedContent: []string{c.want}}).Test(t)
	}
}
