package ui_test

import (
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/internal/throttle"
	"github.com/mentorbase/mentorbase/kernel"
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
// way, so its time does not tell who has an account. The one account's password is hashed at
// bcrypt's cost 8 here, most of a request's time (the test kit's lowest cost would hide in the
// rest). The test does not run in parallel with the others, the tries alternate between the
// two addresses, and it compares the fastest try of each: load only ever adds time, so the
// fastest tries are the least disturbed. They stay within a factor of three, while an unknown
// address answered without the hash is some thirty times faster.
func TestAnUnknownAddressTakesAsLongAsAWrongPassword(t *testing.T) {
	app := newApp(t)
	users, err := app.FindCollectionByNameOrId(kernel.CollectionUsers)
	if err != nil {
		t.Fatal(err)
	}
	users.Fields.GetByName(core.FieldNamePassword).(*core.PasswordField).Cost = 8
	if err := app.Save(users); err != nil {
		t.Fatal(err)
	}
	apptest.Build(t, app).Person("ada@example.org", "Ada Lovelace", "en")
	handler, limits := newHandler(t, app), throttle.Shared(app.Store())
	times := map[string][]time.Duration{}
	try := func(email string) {
		start := time.Now()
		signInAttemptsFrom(t, handler, "", email, http.StatusUnauthorized, "not the password")
		times[email] = append(times[email], time.Since(start))
		limits.SignInByAccount.Reset(throttle.Account(kernel.CollectionUsers, email))
	}
	for i := range 9 { // 18 failures: fewer than the 20 a client may have
		first, second := "ada@example.org", "nobody@example.org"
		if i%2 == 1 {
			first, second = second, first
		}
		try(first)
		try(second)
	}
	known, unknown := slices.Min(times["ada@example.org"]), slices.Min(times["nobody@example.org"])
	if unknown < known/3 {
		t.Fatalf("an unknown address answers in %v, a known one in %v (the fastest of 9 tries each)", unknown, known)
	}
}
