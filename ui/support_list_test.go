package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestSupportRequestsAreForTheCoordinators: the programme's coordinators list the requests;
// nobody else sees them.
func TestSupportRequestsAreForTheCoordinators(t *testing.T) {
	t.Parallel()
	list := "/coordinate/alumni/support"
	type visit struct {
		person string
		status int
		want   []string
	}
	for _, v := range []visit{
		{"coord", 200, []string{"Bob needs advice", "How do I start?", "Bob Person", `action="/coordinate/alumni/support/` + wid("reqbob") + `/answer"`}},
		{"marie", 404, []string{"Page not found"}},
		{"other", 404, []string{"Page not found"}},
		{"visitor", 303, nil},
	} {
		headers, factory := as(seedWork, v.person)
		(&tests.ApiScenario{Name: v.person + " opens the support list", Method: http.MethodGet, URL: list, Headers: headers,
			TestAppFactory: factory, ExpectedStatus: v.status, ExpectedContent: v.want,
			NotExpectedContent: notFor(v.person != "coord", "Bob needs advice")}).Test(t)
	}
}

// notFor is values when cond holds, else nothing.
func notFor(cond bool, values ...string) []string {
	if cond {
		return values
	}
	return nil
}
