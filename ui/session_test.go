package ui_test

import (
	"net/http"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"
)

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

// TestTheSecureFlagBelievesOnlyTheTrustedProxy: X-Forwarded-Proto marks cookies Secure only
// when the request came through the proxy the trusted-proxy setting names.
func TestTheSecureFlagBelievesOnlyTheTrustedProxy(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		factory func(testing.TB) *tests.TestApp
		headers []string
		secure  bool
	}{
		{"no proxy configured: a client's X-Forwarded-Proto is ignored", world, []string{"X-Forwarded-Proto", "https"}, false},
		{"a proxy configured, but the request did not come through it", proxiedWorld, []string{"X-Forwarded-Proto", "https"}, false},
		{"through the trusted proxy over TLS", proxiedWorld, []string{"X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7"}, true},
		{"through the trusted proxy over plain HTTP", proxiedWorld, []string{"X-Forwarded-Proto", "http", "X-Forwarded-For", "203.0.113.7"}, false},
	}
	for _, c := range cases {
		headers := formHeaders(cookies(t, nil))
		for i := 0; i+1 < len(c.headers); i += 2 {
			headers[c.headers[i]] = c.headers[i+1]
		}
		secure := c.secure
		(&tests.ApiScenario{Name: c.name, Method: http.MethodPost, URL: "/login", Headers: headers, TestAppFactory: c.factory,
			Body: form(true, "email", "ada@example.org", "password", password), ExpectedStatus: 303,
			AfterTestFunc: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
				if c := cookieNamed(res, "mb_auth"); c == nil || c.Secure != secure {
					t.Errorf("sign-in cookie %+v, want Secure %v", c, secure)
				}
			}}).Test(t)
	}
}

// TestSignInNeverLeavesTheSite: a next that a browser would read as another site lands on /me.
func TestSignInNeverLeavesTheSite(t *testing.T) {
	t.Parallel()
	for _, next := range []string{"/\t/evil.test/", "/\\evil.test/", "//evil.test/", "https://evil.test/"} {
		headers, factory := as(pageWorld, "visitor")
		(&tests.ApiScenario{Name: "next " + next, Method: http.MethodPost, URL: "/login", Headers: headers, TestAppFactory: factory,
			Body: form(true, "email", "ada@example.org", "password", password, "next", next), ExpectedStatus: 303,
			AfterTestFunc: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
				if got := res.Header.Get("Location"); got != "/me" {
					t.Errorf("Location %q", got)
				}
			}}).Test(t)
	}
	headers, factory := as(pageWorld, "visitor")
	(&tests.ApiScenario{Name: "the form drops a hostile next", Method: http.MethodGet, URL: "/login?next=%2F%09%2Fevil.test%2F",
		Headers: headers, TestAppFactory: factory, ExpectedStatus: 200,
		ExpectedContent: []string{`name="next" value="/">`}}).Test(t)
}

// TestAnUnknownAddressTakesAsLongAsAWrongPassword: the sign-in checks a password hash either
// way, so its time does not tell who has an account (median of a few tries, generously).
func TestAnUnknownAddressTakesAsLongAsAWrongPassword(t *testing.T) {
	t.Parallel()
	app, _ := seedWorld(t)
	handler := newHandler(t, app)
	median := func(email string) time.Duration {
		var times []time.Duration
		for range 3 {
			start := time.Now()
			signInAttemptsFrom(t, handler, "", email, http.StatusUnauthorized, "not the password")
			times = append(times, time.Since(start))
		}
		sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
		return times[1]
	}
	known, unknown := median("ada@example.org"), median("nobody@example.org")
	if unknown < known/3 {
		t.Fatalf("an unknown address answers in %v, a known one in %v", unknown, known)
	}
}
