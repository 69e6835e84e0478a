package ui_test

import (
	"net/http"
	"sort"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"
)

// Signing in: a wrong password keeps the address typed; the right one sets the sign-in
// cookie and goes where the person was going.
func TestSignIn(t *testing.T) {
	t.Parallel()
	testPageCalls(t, []pageCall{
		{name: "sign in with a wrong password keeps the e-mail", person: "visitor", url: "/login",
			body: form(true, "email", "ada@example.org", "password", "wrong"), status: 401,
			want: []string{"The e-mail address or the password is wrong.", `value="ada@example.org"`}},
		{name: "sign in sets an HttpOnly SameSite=Lax cookie", person: "visitor", url: "/login",
			body: form(true, "email", "ada@example.org", "password", password, "next", "/guide"), status: 303,
			after: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
				c := cookieNamed(res, "mb_auth")
				if c == nil || !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Secure || res.Header.Get("Location") != "/guide" {
					t.Errorf("sign-in cookie %+v, Location %q", c, res.Header.Get("Location"))
				}
			}},
	})
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
