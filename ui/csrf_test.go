package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// A form posted without the token its browser holds is refused, and nothing it asked for
// happens.
func TestPortalPostsNeedTheCSRFToken(t *testing.T) {
	t.Parallel()
	testPageCalls(t, []pageCall{
		{name: "a POST without the CSRF token is refused, translated", person: "visitor", url: "/register",
			body:    form(false, "name", "Eve", "email", "eve@example.org", "password", password, "password_confirm", password),
			headers: []string{"Accept-Language", "fr"}, status: 403,
			want: []string{"Action non autorisée", "Ce formulaire a expiré"},
			after: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if _, err := app.FindAuthRecordByEmail("users", "eve@example.org"); err == nil {
					t.Error("the account was created despite the missing token")
				}
			}},
		{name: "a wrong CSRF token is refused", person: "ada", url: "/logout",
			body: strings.NewReader("csrf=wrong"), status: 403, want: []string{"Inte tillåtet"}},
	})
}

// TestTheCSRFTokenChangesWithWhoIsSignedIn: signing in and out hands the browser a new token.
func TestTheCSRFTokenChangesWithWhoIsSignedIn(t *testing.T) {
	t.Parallel()
	newToken := func(t testing.TB, _ *tests.TestApp, res *http.Response) {
		c := cookieNamed(res, "mb_csrf")
		if c == nil || c.Value == csrf || len(c.Value) != len(csrf) || c.MaxAge < 0 {
			t.Errorf("CSRF cookie after the request: %+v", c)
		}
	}
	headers, factory := as(pageWorld, "visitor")
	(&tests.ApiScenario{Name: "sign-in", Method: http.MethodPost, URL: "/login", Headers: headers, TestAppFactory: factory,
		Body: form(true, "email", "ada@example.org", "password", password), ExpectedStatus: 303, AfterTestFunc: newToken}).Test(t)
	headers, factory = as(pageWorld, "ada")
	(&tests.ApiScenario{Name: "sign-out", Method: http.MethodPost, URL: "/logout", Headers: headers, TestAppFactory: factory,
		Body: form(true), ExpectedStatus: 303, AfterTestFunc: newToken}).Test(t)
}
