package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// The account form keeps what was typed beside a refused field, and saves a valid one.
func TestAccountUpdate(t *testing.T) {
	t.Parallel()
	testPageCalls(t, []pageCall{
		{name: "account update with a bad phone keeps what was typed", person: "other", url: "/account",
			body: form(true, "name", "Otto Renamed", "phone", "call me", "locale", "en"), status: 422,
			want: []string{`value="Otto Renamed"`, `value="call me"`, `<p class="error" id="e-phone">`}},
		{name: "account update saves", person: "other", url: "/account",
			body: form(true, "name", "Otto Renamed", "phone", "+33 6 12 34 56 78", "locale", "fr"), status: 303,
			after: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				u, _ := app.FindAuthRecordByEmail("users", "other@example.org")
				if u.GetString("name") != "Otto Renamed" || u.GetString("phone") != "+33 6 12 34 56 78" || u.GetString("locale") != "fr" {
					t.Errorf("not saved: %v", u.PublicExport())
				}
			}},
	})
}
