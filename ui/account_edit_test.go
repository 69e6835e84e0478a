package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// The account page shows a person their details and their calendar address.
func TestAccountPage(t *testing.T) {
	t.Parallel()
	testPageCalls(t, []pageCall{
		{name: "account page shows the user's details and calendar address", person: "ada", url: "/account", status: 200,
			want: []string{"Mitt konto", `value="Ada Lovelace"`, "ada@example.org", "http://portal.test/calendar/", ".ics", `<option value="sv" selected>`}},
	})
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
