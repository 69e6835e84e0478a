package ui_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

// signInAttempts posts the sign-in form once per password, from the test client, through
// handler, and fails the test unless each attempt is answered with status.
func signInAttempts(t testing.TB, handler http.Handler, email string, status int, passwords ...string) {
	t.Helper()
	signInAttemptsFrom(t, handler, "", email, status, passwords...)
}

// signInAttemptsFrom is signInAttempts through a proxy telling the client's address (none
// when empty) in X-Forwarded-For.
func signInAttemptsFrom(t testing.TB, handler http.Handler, client, email string, status int, passwords ...string) {
	t.Helper()
	headers := formHeaders(cookies(t, nil))
	if client != "" {
		headers["X-Forwarded-For"] = client
	}
	for i, pw := range passwords {
		res := do(handler, http.MethodPost, "/login", form(true, "email", email, "password", pw), headers)
		if res.Code != status {
			t.Fatalf("attempt %d for %s: status %d, want %d", i+1, email, res.Code, status)
		}
	}
}

// failedSignIns sends n wrong passwords for each address through the scenario's own router
// before the scenario's request.
func failedSignIns(n int, emails ...string) func(testing.TB, *tests.TestApp, *core.ServeEvent) {
	return failedSignInsFrom("", n, emails...)
}

// failedSignInsFrom is failedSignIns from one client behind the proxy.
func failedSignInsFrom(client string, n int, emails ...string) func(testing.TB, *tests.TestApp, *core.ServeEvent) {
	return func(t testing.TB, _ *tests.TestApp, e *core.ServeEvent) {
		handler, err := e.Router.BuildMux()
		if err != nil {
			t.Fatal(err)
		}
		wrong := slices.Repeat([]string{"not the password"}, n)
		for _, email := range emails {
			signInAttemptsFrom(t, handler, client, email, http.StatusUnauthorized, wrong...)
		}
	}
}

// world is seedWorld for scenarios.
func world(t testing.TB) *tests.TestApp {
	app, _ := seedWorld(t)
	return app
}

// proxiedWorld is world behind a reverse proxy the dashboard trusts for the client address.
func proxiedWorld(t testing.TB) *tests.TestApp {
	app := world(t)
	app.Settings().TrustedProxy.Headers = []string{"X-Forwarded-For"}
	return app
}

func TestSignInIsThrottled(t *testing.T) {
	t.Parallel()
	many := []string{}
	for _, c := range "abcdefghij" {
		many = append(many, string(c)+"@example.org")
	}
	proxied := func(client string) map[string]string {
		h := formHeaders(cookies(t, nil))
		h["X-Forwarded-For"] = client
		return h
	}
	scenarios := []tests.ApiScenario{
		{
			Name: "the sixth wrong password for an address is refused with the e-mail kept", Method: http.MethodPost, URL: "/login",
			Body: form(true, "email", "ada@example.org", "password", "still wrong"), Headers: formHeaders(cookies(t, nil)),
			TestAppFactory: world, BeforeTestFunc: failedSignIns(5, "ada@example.org"), ExpectedStatus: http.StatusTooManyRequests,
			ExpectedContent: []string{"Too many unsuccessful sign-in attempts", "wait 15 min", `value="ada@example.org"`},
			AfterTestFunc: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
				if got := res.Header.Get("Retry-After"); got != "900" {
					t.Errorf("Retry-After %q, want 900 (seconds)", got)
				}
			},
		},
		{
			Name: "the right password is refused too once the address is throttled", Method: http.MethodPost, URL: "/login",
			Body: form(true, "email", "Ada@Example.org", "password", password), Headers: formHeaders(cookies(t, nil, "lang=fr")),
			TestAppFactory: world, BeforeTestFunc: failedSignIns(5, "ada@example.org"), ExpectedStatus: http.StatusTooManyRequests,
			ExpectedContent: []string{"Trop de tentatives de connexion"},
			AfterTestFunc: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
				for _, c := range res.Cookies() {
					if c.Name == "mb_auth" && c.Value != "" {
						t.Error("a throttled sign-in set the sign-in cookie")
					}
				}
			},
		},
		{
			Name: "the right password after a few wrong ones still signs in", Method: http.MethodPost, URL: "/login",
			Body: form(true, "email", "ada@example.org", "password", password), Headers: formHeaders(cookies(t, nil)),
			TestAppFactory: world, BeforeTestFunc: failedSignIns(4, "ada@example.org"), ExpectedStatus: http.StatusSeeOther,
		},
		{
			Name: "another address is not affected", Method: http.MethodPost, URL: "/login",
			Body: form(true, "email", "other@example.org", "password", password), Headers: formHeaders(cookies(t, nil)),
			TestAppFactory: world, BeforeTestFunc: failedSignIns(5, "ada@example.org"), ExpectedStatus: http.StatusSeeOther,
		},
		{
			Name: "twenty failures from one client refuse even a fresh address", Method: http.MethodPost, URL: "/login",
			Body: form(true, "email", "other@example.org", "password", password), Headers: formHeaders(cookies(t, nil, "lang=sv")),
			TestAppFactory: world, BeforeTestFunc: failedSignIns(2, many...), ExpectedStatus: http.StatusTooManyRequests,
			ExpectedContent: []string{"För många misslyckade inloggningsförsök", `value="other@example.org"`},
		},
		{
			Name: "behind a trusted proxy, the forwarded client is throttled", Method: http.MethodPost, URL: "/login",
			Body: form(true, "email", "other@example.org", "password", password), Headers: proxied("203.0.113.7"),
			TestAppFactory: proxiedWorld, BeforeTestFunc: failedSignInsFrom("203.0.113.7", 2, many...),
			ExpectedStatus: http.StatusTooManyRequests, ExpectedContent: []string{"Too many unsuccessful sign-in attempts"},
		},
		{
			Name: "behind a trusted proxy, other clients are not", Method: http.MethodPost, URL: "/login",
			Body: form(true, "email", "other@example.org", "password", password), Headers: proxied("203.0.113.8"),
			TestAppFactory: proxiedWorld, BeforeTestFunc: failedSignInsFrom("203.0.113.7", 2, many...),
			ExpectedStatus: http.StatusSeeOther,
		},
	}
	for _, s := range scenarios {
		s.Test(t)
	}
}

func TestASuccessfulSignInClearsTheAddressCount(t *testing.T) {
	t.Parallel()
	app, _ := seedWorld(t)
	handler := newHandler(t, app)
	signInAttempts(t, handler, "ada@example.org", http.StatusUnauthorized, "wrong", "wrong", "wrong", "wrong")
	signInAttempts(t, handler, "ada@example.org", http.StatusSeeOther, password)
	signInAttempts(t, handler, "ada@example.org", http.StatusUnauthorized, "wrong", "wrong", "wrong", "wrong", "wrong")
	signInAttempts(t, handler, "ada@example.org", http.StatusTooManyRequests, password)
}

func TestPasswordResetMailsAreLimitedSilently(t *testing.T) {
	t.Parallel()
	app, _ := seedWorld(t)
	handler := newHandler(t, app)
	for i := range 5 {
		res := do(handler, http.MethodPost, "/forgot-password", form(true, "email", "ada@example.org"), formHeaders(cookies(t, nil)))
		if res.Code != http.StatusSeeOther || res.Header().Get("Location") != "/forgot-password" {
			t.Fatalf("request %d: status %d to %q, want the same redirect every time", i+1, res.Code, res.Header().Get("Location"))
		}
	}
	sent, err := app.CountRecords("outbox", dbx.HashExp{"to": "ada@example.org"})
	if err != nil {
		t.Fatal(err)
	}
	if sent != 3 {
		t.Fatalf("%d reset mails queued for five requests, want 3", sent)
	}
}

func TestRegistrationsAreLimitedPerClient(t *testing.T) {
	t.Parallel()
	app, _ := seedWorld(t)
	handler := newHandler(t, app)
	register := func(i int) int {
		email := string(rune('a'+i%26)) + string(rune('a'+i/26)) + "@new.example.org"
		body := form(true, "name", "New Person", "email", email, "locale", "en", "password", password, "password_confirm", password)
		return do(handler, http.MethodPost, "/register", body, formHeaders(cookies(t, nil))).Code
	}
	for i := range 20 {
		if code := register(i); code != http.StatusSeeOther {
			t.Fatalf("registration %d: status %d", i+1, code)
		}
	}
	res := do(handler, http.MethodPost, "/register",
		form(true, "name", "One Too Many", "email", "late@new.example.org", "locale", "en", "password", password, "password_confirm", password),
		formHeaders(cookies(t, nil)))
	if res.Code != http.StatusTooManyRequests {
		t.Fatalf("21st registration: status %d, want 429", res.Code)
	}
	for _, want := range []string{"Too many accounts", `value="late@new.example.org"`, `value="One Too Many"`} {
		if !strings.Contains(res.Body.String(), want) {
			t.Errorf("refused registration page lacks %q", want)
		}
	}
	if _, err := app.FindAuthRecordByEmail("users", "late@new.example.org"); err == nil {
		t.Error("the refused registration created an account")
	}
}
