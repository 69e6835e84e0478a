package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// The password that confirms an erasure is guessed no faster than on the sign-in page: wrong
// ones count against the person's address and client as wrong sign-ins, and past the limit
// even the right one erases nothing and /login waits too, whether sven erases his own account
// or the coordinator erases it on his request with her own password.
func TestErasurePasswordsCountAsSignIns(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ who, url, field, email string }{
		{"sven", "/account/erase", "password", "sven@example.org"},
		{"coord", "/coordinate/alumni/applications/" + wid("appsven") + "/erase", "erase_password", "coord@example.org"},
	} {
		t.Run(c.who, func(t *testing.T) {
			app := seedPrivacy(t)
			handler := newHandler(t, app)
			headers := formHeaders(cookies(t, findPerson(t, app, c.who)))
			for range 5 {
				if res := do(handler, http.MethodPost, c.url, form(true, c.field, "wrong"), headers); res.Code != http.StatusUnprocessableEntity {
					t.Fatalf("a wrong password answered %d", res.Code)
				}
			}
			res := do(handler, http.MethodPost, c.url, form(true, c.field, apptest.Password), headers)
			if res.Code != http.StatusTooManyRequests || res.Header().Get("Retry-After") == "" ||
				!strings.Contains(res.Body.String(), "Too many unsuccessful sign-in attempts") {
				t.Errorf("the right password after five wrong ones answered %d (Retry-After %q)", res.Code, res.Header().Get("Retry-After"))
			}
			findPerson(t, app, "sven")
			login := do(handler, http.MethodPost, "/login", form(true, "email", c.email, "password", apptest.Password), formHeaders("mb_csrf="+csrf))
			if login.Code != http.StatusTooManyRequests {
				t.Errorf("signing in after five wrong erasure passwords answered %d", login.Code)
			}
		})
	}
}

// Someone who signs in with their institution's account never chose a password (the portal
// gave theirs a random one): the page that asks for it, theirs or a coordinator's, says how to
// choose one by e-mail, as the password field's description.
func TestErasureSaysHowToGetAPassword(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ who, url, field string }{
		{"sven", "/account/erase", "password"},
		{"coord", "/coordinate/alumni/applications/" + wid("appsven"), "erase_password"},
	} {
		headers, factory := as(seedPrivacy, c.who)
		(&tests.ApiScenario{Name: c.url, Method: http.MethodGet, URL: c.url, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: http.StatusOK, ExpectedContent: []string{`<a href="/forgot-password">Choose one by e-mail</a>`,
				`id="h-` + c.field + `"`, `aria-describedby="h-` + c.field + `"`}}).Test(t)
	}
}
