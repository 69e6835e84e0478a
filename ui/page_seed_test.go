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

// pageCall is one request of a scenario table on the page world: person ("visitor" for
// nobody) posts body to url (a GET when body is nil) with extra headers as name/value pairs
// ("Cookie" adds a cookie); the answer has status, holds want and not notWant, and passes
// after.
type pageCall struct {
	name, person, url string
	body              *strings.Reader
	headers           []string
	status            int
	want, notWant     []string
	after             func(t testing.TB, app *tests.TestApp, res *http.Response)
}

// testPageCalls runs calls as ApiScenarios, each on a copy of the page world.
func testPageCalls(t *testing.T, calls []pageCall) {
	t.Helper()
	for _, c := range calls {
		headers, factory := as(pageWorld, c.person, c.headers...)
		scenario := tests.ApiScenario{
			Name: c.name, Method: http.MethodGet, URL: c.url, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: c.status, ExpectedContent: c.want, NotExpectedContent: c.notWant, AfterTestFunc: c.after,
		}
		if c.body != nil {
			scenario.Method, scenario.Body = http.MethodPost, c.body
		}
		scenario.Test(t)
	}
}
