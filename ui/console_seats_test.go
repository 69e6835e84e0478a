package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// mwDraftID is the id mwDraft gives the pair's draft.
func mwDraftID(mentee, mentor string) string {
	return (mentee + mentor + "draft0000000000")[:15]
}

// mwDraft stores a proposed pair of the coordinated programme.
func mwDraft(mentee, mentor string) func(testing.TB, *matchingWorld) {
	return func(t testing.TB, w *matchingWorld) {
		apptest.Build(t, w.app).Pair(w.paired.Id, mwApp(mentor), mwApp(mentee), "draft", map[string]any{"id": mwDraftID(mentee, mentor)})
	}
}

// mwAreaMustMatch makes the same area a must-have of the coordinated programme: Omar
// (Svealand) and Lena (Nord) go against it.
func mwAreaMustMatch(t testing.TB, w *matchingWorld) {
	w.paired.Set("criteria", map[string]any{"weights": map[string]any{"area": 1}, "must": []string{"area"}})
	if err := w.app.Save(w.paired); err != nil {
		t.Fatal(err)
	}
}

func TestConsoleAssignWarnsWhenTheMentorHasNoSeatLeft(t *testing.T) {
	t.Parallel()
	full := "Lena Lead has no seat left in the proposal — seats: 1, pairs already: 1"
	scenarios := []struct {
		name, method, url string
		body              []string
		status            int
		want, notWant     []string
		prepare           []func(testing.TB, *matchingWorld)
	}{
		{"the preview names the full mentor and offers her pair to drop", http.MethodGet,
			console + "/assign?mentee=" + mwApp("omar") + "&mentor=" + mwApp("lena"), nil, 200,
			[]string{`id="console-assign-full"`, full, `id="console-assign-drops"`, `name="drop"`, "Nina Novice", `id="console-assign-confirm"`}, nil,
			[]func(testing.TB, *matchingWorld){mwDraft("nina", "lena")}},
		{"a mentor with a free seat gets no warning", http.MethodGet,
			console + "/assign?mentee=" + mwApp("omar") + "&mentor=" + mwApp("lena"), nil, 200,
			[]string{`id="console-assign-confirm"`}, []string{`id="console-assign-full"`, `name="drop"`}, nil},
		{"confirming without dropping a pair is refused with her name", http.MethodPost, console + "/assign",
			[]string{"mentee", mwApp("omar"), "mentor", mwApp("lena")}, 422,
			[]string{"Lena Lead has no seat left in the proposal — seats: 1, pairs already: 1. Choose which of their pairs to drop"}, nil,
			[]func(testing.TB, *matchingWorld){mwDraft("nina", "lena")}},
	}
	for _, s := range scenarios {
		headers, factory := as(matching(s.prepare...), "coord")
		scenario := tests.ApiScenario{Name: s.name, Method: s.method, URL: s.url, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: s.status, ExpectedContent: s.want, NotExpectedContent: s.notWant}
		if s.body != nil {
			scenario.Body = form(true, s.body...)
			scenario.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if n, _ := app.CountRecords("matches", dbx.HashExp{"mentor": mwApp("lena"), "status": "draft"}); n != 1 {
					t.Errorf("Lena has %d proposed pairs, want her one seat's", n)
				}
			}
		}
		scenario.Test(t)
	}
}

func TestConsoleAssignDropsTheChosenPair(t *testing.T) {
	t.Parallel()
	headers, factory := as(matching(mwDraft("nina", "lena")), "coord")
	scenario := tests.ApiScenario{Name: "Omar takes Nina's seat with Lena", Method: http.MethodPost, URL: console + "/assign",
		Body:    form(true, "mentee", mwApp("omar"), "mentor", mwApp("lena"), "drop", mwDraftID("nina", "lena")),
		Headers: headers, TestAppFactory: factory, ExpectedStatus: http.StatusSeeOther,
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if n, _ := app.CountRecords("matches", dbx.HashExp{"mentee": mwApp("nina")}); n != 0 {
				t.Errorf("Nina's dropped pair is still proposed")
			}
			if n, _ := app.CountRecords("matches", dbx.HashExp{"mentee": mwApp("omar"), "mentor": mwApp("lena"), "locked": true}); n != 1 {
				t.Errorf("Omar is not paired with Lena")
			}
		}}
	scenario.Test(t)
}

func TestConsoleFlagsAnOverbookedMentorAndPublishNamesHer(t *testing.T) {
	t.Parallel()
	overbooked := []func(testing.TB, *matchingWorld){mwDraft("nina", "lena"), mwDraft("omar", "lena")}
	publishNothing := func(t testing.TB, app *tests.TestApp, _ *http.Response) {
		if n, _ := app.CountRecords("matches", dbx.HashExp{"mentor": mwApp("lena"), "status": "active"}); n != 0 {
			t.Errorf("%d pairs were published", n)
		}
	}
	scenarios := []tests.ApiScenario{
		{Name: "the console flags her pairs and holds Publish back", Method: http.MethodGet, URL: console, ExpectedStatus: 200,
			ExpectedContent: []string{`class="over-capacity"`, "Lena Lead has more pairs than seats — seats: 1, pairs: 2",
				`id="console-publish-blocked"`, "Lena Lead — seats: 1, pairs: 2 (Nina Novice, Omar Open)", `disabled aria-describedby="console-publish-blocked"`}},
		{Name: "publishing anyway names her and her pairs", Method: http.MethodPost, URL: console + "/publish",
			Body: form(true, "confirm", "yes"), ExpectedStatus: 422, AfterTestFunc: publishNothing,
			ExpectedContent: []string{"Nothing was published: Lena Lead has more pairs than seats — seats: 1, pairs: 2 (proposed with Nina Novice, Omar Open)",
				`class="over-capacity"`}},
	}
	for _, s := range scenarios {
		s.Headers, s.TestAppFactory = as(matching(overbooked...), "coord")
		s.Test(t)
	}
	headers, factory := as(matching(mwDraft("nina", "lena"), mwDraft("omar", "max")), "coord")
	fine := tests.ApiScenario{Name: "a proposal within the seats", Method: http.MethodGet, URL: console, Headers: headers,
		TestAppFactory: factory, ExpectedStatus: 200, ExpectedContent: []string{`id="console-publish"`},
		NotExpectedContent: []string{`class="over-capacity"`, `id="console-publish-blocked"`, "disabled"}}
	fine.Test(t)
}

func TestConsoleAssignSaysTheCoordinatorOverridesTheMustHaves(t *testing.T) {
	t.Parallel()
	preview := console + "/assign?mentee=" + mwApp("omar") + "&mentor=" + mwApp("lena")
	for locale, want := range map[string][]string{
		"en": {"This pair goes against the programme&#39;s must-haves (Same area). If you confirm it, you override them", "Override the must-haves and confirm this pair"},
		"fr": {"Ce binôme va à l&#39;encontre des critères obligatoires du programme", "Passer outre les critères obligatoires et confirmer ce binôme"},
		"sv": {"Det här paret går emot programmets obligatoriska krav", "Åsidosätt de obligatoriska kraven och bekräfta paret"},
	} {
		speaks := func(t testing.TB, w *matchingWorld) {
			w.people["coord"].Set("locale", locale)
			if err := w.app.Save(w.people["coord"]); err != nil {
				t.Fatal(err)
			}
		}
		headers, factory := as(matching(mwAreaMustMatch, speaks), "coord")
		scenario := tests.ApiScenario{Name: "override wording in " + locale, Method: http.MethodGet, URL: preview,
			Headers: headers, TestAppFactory: factory, ExpectedStatus: 200,
			ExpectedContent: append(want, `id="console-assign-override"`), NotExpectedContent: []string{"score-forbidden"}}
		scenario.Test(t)
	}
}

func TestConsoleAssignWithoutAChoiceGoesBackToTheConsole(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		name, query, location string
	}{
		{"no parameters", "", console + "?missing=mentee&missing=mentor"},
		{"no mentor", "?mentee=" + mwApp("omar"), console + "?missing=mentor"},
		{"an empty mentee", "?mentee=&mentor=" + mwApp("lena"), console + "?missing=mentee"},
	}
	for _, s := range scenarios {
		headers, factory := as(matching(), "coord")
		location := s.location
		scenario := tests.ApiScenario{Name: s.name, Method: http.MethodGet, URL: console + "/assign" + s.query, Headers: headers,
			TestAppFactory: factory, ExpectedStatus: http.StatusSeeOther,
			AfterTestFunc: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
				if got := res.Header.Get("Location"); got != location {
					t.Errorf("redirected to %q, want %q", got, location)
				}
			}}
		scenario.Test(t)
	}
	headers, factory := as(matching(), "coord")
	back := tests.ApiScenario{Name: "the console says which field to fill in", Method: http.MethodGet, URL: console + "?missing=mentor",
		Headers: headers, TestAppFactory: factory, ExpectedStatus: 200,
		ExpectedContent: []string{`id="e-mentor"`, "Choose a mentor."}, NotExpectedContent: []string{`id="e-mentee"`}}
	back.Test(t)
	headers, factory = as(matching(), "otto")
	stranger := tests.ApiScenario{Name: "someone from elsewhere still gets 404", Method: http.MethodGet, URL: console + "/assign",
		Headers: headers, TestAppFactory: factory, ExpectedStatus: 404, ExpectedContent: []string{"Page not found"}}
	stranger.Test(t)
}

// A pair the coordinator kept against the must-haves reads as overridden in the proposal, not
// as impossible.
func TestConsoleShowsAnOverriddenPairAsSuch(t *testing.T) {
	t.Parallel()
	overridden := func(t testing.TB, w *matchingWorld) {
		m, err := w.app.FindRecordById("matches", mwDraftID("omar", "lena"))
		if err != nil {
			t.Fatal(err)
		}
		m.Set("score_details", map[string]any{"score": 0, "forbidden": true, "failed_must": []string{"area"}})
		if err := w.app.Save(m); err != nil {
			t.Fatal(err)
		}
	}
	headers, factory := as(matching(mwDraft("omar", "lena"), overridden), "coord")
	(&tests.ApiScenario{Name: "the console's pair", Method: http.MethodGet, URL: console, Headers: headers,
		TestAppFactory: factory, ExpectedStatus: 200, ExpectedContent: []string{"Must-haves overridden"},
		NotExpectedContent: []string{">Not possible<"}}).Test(t)
}
