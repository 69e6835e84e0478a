package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// Signing out clears the sign-in cookie.
func TestSignOutClearsTheCookie(t *testing.T) {
	t.Parallel()
	testPageCalls(t, []pageCall{
		{name: "sign out clears the cookie", person: "ada", url: "/logout", body: form(true), status: 303,
			after: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
				if c := cookieNamed(res, "mb_auth"); c == nil || c.MaxAge >= 0 {
					t.Errorf("cookie not cleared: %+v", c)
				}
			}},
	})
}

// TestSignOutRevokesTheSession: a sign-in cookie copied before signing out opens nothing
// after, on the portal or on the REST API.
func TestSignOutRevokesTheSession(t *testing.T) {
	t.Parallel()
	app, people := seedWorld(t)
	handler := newHandler(t, app)
	copied := cookies(t, people["ada"])
	if res := do(handler, http.MethodGet, "/me", nil, formHeaders(copied)); res.Code != http.StatusOK {
		t.Fatalf("before signing out /me answers %d", res.Code)
	}
	if res := do(handler, http.MethodPost, "/logout", form(true), formHeaders(copied)); res.Code != http.StatusSeeOther {
		t.Fatalf("sign-out answers %d", res.Code)
	}
	if res := do(handler, http.MethodGet, "/me", nil, formHeaders(copied)); res.Code != http.StatusSeeOther ||
		!strings.HasPrefix(res.Header().Get("Location"), "/login") {
		t.Fatalf("the copied cookie still opens /me: %d to %q", res.Code, res.Header().Get("Location"))
	}
	token := strings.TrimPrefix(copied[strings.Index(copied, "mb_auth="):], "mb_auth=")
	if res := do(handler, http.MethodGet, "/api/collections/users/records/"+people["ada"].Id, nil,
		map[string]string{"Authorization": token}); res.Code == http.StatusOK {
		t.Fatal("the copied token still opens the REST API")
	}
	signInAttempts(t, handler, "ada@example.org", http.StatusSeeOther, password)
}
