package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// The page scenarios run against a small world: a published programme "open-doors", an
// unpublished "secret-pilot" coordinated by coord, and ada (Swedish) and other (English),
// two participants who coordinate nothing.
func seedWorld(t testing.TB) (*tests.TestApp, map[string]*core.Record) {
	app := portalWorld(t, "pages", fillPages)
	people := map[string]*core.Record{}
	for _, key := range []string{"coord", "ada", "other"} {
		people[key] = findPerson(t, app, key)
	}
	return app, people
}

// fillPages saves the page scenarios' world.
func fillPages(t testing.TB, app *tests.TestApp) {
	b := apptest.Build(t, app)
	coord := b.Person("coord@example.org", "Camille Coord", "en")
	b.Person("ada@example.org", "Ada Lovelace", "sv")
	b.Person("other@example.org", "Otto Other", "en")
	createProgram(t, app, "open-doors", "Open Doors", true)
	createProgram(t, app, "secret-pilot", "Secret Pilot", false, coord.Id)
}

// pageWorld is the page scenarios' world, for tables that find its people by e-mail.
func pageWorld(t testing.TB) *tests.TestApp {
	app, _ := seedWorld(t)
	return app
}

func TestPagesShowTheRightThingToTheRightPerson(t *testing.T) {
	t.Parallel()
	type visit struct {
		name, person, url string
		cookies, headers  []string
		status            int
		want, notWant     []string
	}
	visits := []visit{
		{name: "home lists published programmes only", person: "visitor", url: "/", status: 200,
			want:    []string{"Open Doors", `href="/programs/open-doors"`, "Mentoring under way", "one person&#39;s experience", `href="/guide/how-it-works"`},
			notWant: []string{"Secret Pilot"}},
		{name: "Accept-Language fr gives French", person: "visitor", url: "/", status: 200,
			headers: []string{"Accept-Language", "fr-CH, fr;q=0.9, en;q=0.5"},
			want:    []string{`<html lang="fr">`, "Le mentorat", "Mentorat en cours"}},
		{name: "the lang cookie beats Accept-Language", person: "visitor", url: "/", status: 200,
			cookies: []string{"lang=fr"}, headers: []string{"Accept-Language", "sv"},
			want: []string{`<html lang="fr">`, "Le mentorat"}},
		{name: "a user's locale sv beats Accept-Language and the cookie", person: "ada", url: "/", status: 200,
			cookies: []string{"lang=fr"}, headers: []string{"Accept-Language", "fr"},
			want: []string{`<html lang="sv">`, "Mentorskap", "Logga ut"}},
		{name: "published programme page for a visitor", person: "visitor", url: "/programs/open-doors", status: 200,
			want: []string{"<h1>Open Doors</h1>", "<strong>once a month</strong>", "Key dates", "Applications open", "the coordinators pair"}},
		{name: "unpublished programme is 404 for a visitor", person: "visitor", url: "/programs/secret-pilot", status: 404,
			want: []string{"Page not found"}, notWant: []string{"Secret Pilot"}},
		{name: "unpublished programme is 404 for another user", person: "other", url: "/programs/secret-pilot", status: 404,
			want: []string{"Page not found"}, notWant: []string{"Secret Pilot"}},
		{name: "unpublished programme shows to its coordinator", person: "coord", url: "/programs/secret-pilot", status: 200,
			want: []string{"<h1>Secret Pilot</h1>", "Draft (not published)"}},
		{name: "unknown programme is a translated 404", person: "ada", url: "/programs/nope", status: 404,
			want: []string{"Sidan hittades inte"}},
		{name: "unknown page is a translated 404", person: "visitor", url: "/nowhere", status: 404,
			headers: []string{"Accept-Language", "fr"}, want: []string{"Page introuvable"}},
		{name: "unknown API address stays JSON", person: "visitor", url: "/api/nowhere", status: 404,
			want: []string{`"status":404`}},
		{name: "account page shows the user's details and calendar address", person: "ada", url: "/account", status: 200,
			want: []string{"Mitt konto", `value="Ada Lovelace"`, "ada@example.org", "http://portal.test/calendar/", ".ics", `<option value="sv" selected>`}},
		{name: "guidance list", person: "visitor", url: "/guide", status: 200,
			want: []string{`href="/guide/how-it-works"`}},
		{name: "guidance page from the file", person: "visitor", url: "/guide/how-it-works", status: 200,
			headers: []string{"Accept-Language", "fr"}, want: []string{`<html lang="fr">`, "<h2"}},
		{name: "unknown guidance page", person: "visitor", url: "/guide/nope", status: 404, want: []string{"Page not found"}},
		{name: "register form", person: "visitor", url: "/register", status: 200,
			want: []string{`name="csrf" value="` + csrf + `"`, `for="f-email"`, `autocomplete="new-password"`}},
		{name: "every page has the language switcher back to itself", person: "visitor", url: "/guide", status: 200,
			want: []string{`action="/lang"`, `name="next" value="/guide"`, `value="fr"`, `value="sv"`}},
	}
	for _, v := range visits {
		extra := append([]string{}, v.headers...)
		for _, c := range v.cookies {
			extra = append(extra, "Cookie", c)
		}
		headers, factory := as(pageWorld, v.person, extra...)
		scenario := tests.ApiScenario{
			Name: v.name, Method: http.MethodGet, URL: v.url, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: v.status, ExpectedContent: v.want, NotExpectedContent: v.notWant,
		}
		scenario.Test(t)
	}
}

func TestVisitorsAreSentToSignIn(t *testing.T) {
	t.Parallel()
	headers, factory := as(pageWorld, "visitor")
	scenario := tests.ApiScenario{
		Method: http.MethodGet, URL: "/account", Headers: headers, TestAppFactory: factory,
		ExpectedStatus: http.StatusSeeOther,
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, res *http.Response) {
			if got := res.Header.Get("Location"); got != "/login?next=%2Faccount" {
				t.Errorf("Location = %q", got)
			}
		},
	}
	scenario.Test(t)
}

func TestGuidancePageRecordOverridesTheFile(t *testing.T) {
	t.Parallel()
	headers, factory := as(pageWorld, "visitor", "Accept-Language", "sv")
	scenario := tests.ApiScenario{
		Method: http.MethodGet, URL: "/guide/how-it-works", Headers: headers,
		TestAppFactory: func(t testing.TB) *tests.TestApp {
			app := factory(t)
			apptest.Build(t, app).Record("pages", map[string]any{"slug": "how-it-works", "locale": "sv",
				"title": "Så gör vi hos oss", "body": "Vi träffas *varje vecka*."})
			return app
		},
		ExpectedStatus:  200,
		ExpectedContent: []string{"<h1>Så gör vi hos oss</h1>", "<em>varje vecka</em>"},
	}
	scenario.Test(t)
}

func TestStaticFilesAreCachedByContentHash(t *testing.T) {
	t.Parallel()
	app := newApp(t)
	handler := newHandler(t, app)
	home := do(handler, http.MethodGet, "/", nil, nil).Body.String()
	start := strings.Index(home, "/static/app.css?v=")
	if start < 0 {
		t.Fatal("the layout does not link the stylesheet by its hash")
	}
	url := home[start : start+len("/static/app.css?v=")+12]
	res := do(handler, http.MethodGet, url, nil, nil)
	if res.Code != 200 || res.Header().Get("Cache-Control") != "public, max-age=31536000, immutable" {
		t.Errorf("%s: %d, Cache-Control %q", url, res.Code, res.Header().Get("Cache-Control"))
	}
	stale := do(handler, http.MethodGet, "/static/app.css?v=old", nil, nil)
	if stale.Header().Get("Cache-Control") != "no-cache" {
		t.Errorf("a stale hash must not be cached for a year: %q", stale.Header().Get("Cache-Control"))
	}
}
