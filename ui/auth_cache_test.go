package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/mentorbase/mentorbase/apptest"
)

// The portal remembers whom a sign-in cookie belongs to, yet a change made through the REST
// API shows on the very next page: a new name at once, and a new password signs the old
// cookie out (it goes to the sign-in page).
func TestASignInCookieFollowsTheRESTAPI(t *testing.T) {
	t.Parallel()
	app := newApp(t)
	marie := apptest.Build(t, app).Person("marie@example.org", "Marie Curie", "en")
	handler := newHandler(t, app)
	cookie := map[string]string{"Cookie": cookies(t, marie)}
	token, err := marie.NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	api := map[string]string{"Authorization": token, "Content-Type": "application/json"}
	page := func(want string) {
		t.Helper()
		for range 2 { // the second page comes from what the portal remembers
			res := do(handler, http.MethodGet, "/account", nil, cookie)
			if res.Code != http.StatusOK || !strings.Contains(res.Body.String(), want) {
				t.Fatalf("GET /account: %d, want 200 showing %q", res.Code, want)
			}
		}
	}
	patch := func(body string) {
		t.Helper()
		res := do(handler, http.MethodPatch, "/api/collections/users/records/"+marie.Id, strings.NewReader(body), api)
		if res.Code != http.StatusOK {
			t.Fatalf("PATCH %s: %d %s", body, res.Code, res.Body)
		}
	}
	page("Marie Curie")
	patch(`{"name":"Marie Skłodowska"}`)
	page("Marie Skłodowska")
	patch(`{"oldPassword":"` + apptest.Password + `","password":"a new long password","passwordConfirm":"a new long password"}`)
	if res := do(handler, http.MethodGet, "/account", nil, cookie); res.Code != http.StatusSeeOther ||
		!strings.HasPrefix(res.Header().Get("Location"), "/login") {
		t.Errorf("GET /account with the cookie from before the new password: %d to %q, want the sign-in page",
			res.Code, res.Header().Get("Location"))
	}
}
