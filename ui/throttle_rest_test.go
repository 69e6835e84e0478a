package ui_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

const restSignIn = "/api/collections/users/auth-with-password"

// restBody is the JSON body of a REST sign-in.
func restBody(t testing.TB, identity, password string) string {
	body, err := json.Marshal(map[string]string{"identity": identity, "password": password})
	if err != nil {
		t.Fatal(err)
	}
	return string(body)
}

// restFailuresFrom sends n wrong passwords per address to the REST sign-in through the
// scenario's router, from client behind the proxy (none when empty).
func restFailuresFrom(client string, n int, emails ...string) func(testing.TB, *tests.TestApp, *core.ServeEvent) {
	return func(t testing.TB, _ *tests.TestApp, e *core.ServeEvent) {
		handler, err := e.Router.BuildMux()
		if err != nil {
			t.Fatal(err)
		}
		headers := map[string]string{"Content-Type": "application/json"}
		if client != "" {
			headers["X-Forwarded-For"] = client
		}
		for _, email := range emails {
			for i := range n {
				res := do(handler, http.MethodPost, restSignIn, strings.NewReader(restBody(t, email, "not the password")), headers)
				if res.Code != http.StatusBadRequest {
					t.Fatalf("REST failure %d for %s: status %d, want 400", i+1, email, res.Code)
				}
			}
		}
	}
}

// TestEveryWayInSharesTheThrottle: the REST API's password sign-in and the portal's count the
// same failures, per address and per client, and a throttled REST sign-in is a 429 saying when
// to come back, even with the right password.
func TestEveryWayInSharesTheThrottle(t *testing.T) {
	t.Parallel()
	many := []string{}
	for _, c := range "abcdefghij" {
		many = append(many, string(c)+"@example.org")
	}
	jsonHeaders := map[string]string{"Content-Type": "application/json"}
	proxied := map[string]string{"Content-Type": "application/json", "X-Forwarded-For": "203.0.113.8"}
	retryAfter := func(t testing.TB, _ *tests.TestApp, res *http.Response) {
		if got := res.Header.Get("Retry-After"); got != "900" {
			t.Errorf("Retry-After %q, want 900", got)
		}
	}
	scenarios := []tests.ApiScenario{
		{
			Name: "portal failures refuse the REST sign-in with the right password", Method: http.MethodPost, URL: restSignIn,
			Body: strings.NewReader(restBody(t, "Ada@example.org", password)), Headers: jsonHeaders, TestAppFactory: world,
			BeforeTestFunc: failedSignIns(5, "ada@example.org"), ExpectedStatus: http.StatusTooManyRequests,
			ExpectedContent: []string{"Too many unsuccessful sign-in attempts", "wait 15 min"}, AfterTestFunc: retryAfter,
		},
		{
			Name: "REST failures refuse the portal's sign-in", Method: http.MethodPost, URL: "/login",
			Body: form(true, "email", "ada@example.org", "password", password), Headers: formHeaders(cookies(t, nil)),
			TestAppFactory: world, BeforeTestFunc: restFailuresFrom("", 5, "ada@example.org"),
			ExpectedStatus: http.StatusTooManyRequests, ExpectedContent: []string{"Too many unsuccessful sign-in attempts"},
		},
		{
			Name: "REST failures refuse the REST sign-in with the right password", Method: http.MethodPost, URL: restSignIn,
			Body: strings.NewReader(restBody(t, "ada@example.org", password)), Headers: jsonHeaders, TestAppFactory: world,
			BeforeTestFunc: restFailuresFrom("", 5, "ada@example.org"), ExpectedStatus: http.StatusTooManyRequests,
			ExpectedContent: []string{"Too many unsuccessful sign-in attempts"}, NotExpectedContent: []string{`"token"`},
		},
		{
			Name: "a few REST failures still let the right password in", Method: http.MethodPost, URL: restSignIn,
			Body: strings.NewReader(restBody(t, "ada@example.org", password)), Headers: jsonHeaders, TestAppFactory: world,
			BeforeTestFunc: restFailuresFrom("", 4, "ada@example.org"), ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{`"token"`},
		},
		{
			Name: "twenty REST failures from one client refuse a fresh address", Method: http.MethodPost, URL: restSignIn,
			Body: strings.NewReader(restBody(t, "other@example.org", password)), Headers: jsonHeaders, TestAppFactory: world,
			BeforeTestFunc: restFailuresFrom("", 2, many...), ExpectedStatus: http.StatusTooManyRequests,
			ExpectedContent: []string{"Too many unsuccessful sign-in attempts"},
		},
		{
			Name: "behind a trusted proxy, another client's REST failures do not count", Method: http.MethodPost, URL: restSignIn,
			Body: strings.NewReader(restBody(t, "other@example.org", password)), Headers: proxied, TestAppFactory: proxiedWorld,
			BeforeTestFunc: restFailuresFrom("203.0.113.7", 2, many...), ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{`"token"`},
		},
		{
			Name: "behind a trusted proxy, the forwarded client's portal failures count for REST", Method: http.MethodPost, URL: restSignIn,
			Body: strings.NewReader(restBody(t, "other@example.org", password)), Headers: proxied, TestAppFactory: proxiedWorld,
			BeforeTestFunc: failedSignInsFrom("203.0.113.8", 2, many...), ExpectedStatus: http.StatusTooManyRequests,
			ExpectedContent: []string{"Too many unsuccessful sign-in attempts"},
		},
	}
	for _, s := range scenarios {
		s.Test(t)
	}
}

// otpWorld is world with one-time-password sign-in enabled and a valid OTP "123456" for ada,
// whose id it leaves in otpID.
func otpWorld(otpID *string) func(testing.TB) *tests.TestApp {
	return func(t testing.TB) *tests.TestApp {
		app := world(t)
		users, err := app.FindCollectionByNameOrId("users")
		if err != nil {
			t.Fatal(err)
		}
		users.OTP.Enabled = true
		if err := app.Save(users); err != nil {
			t.Fatal(err)
		}
		ada, err := app.FindAuthRecordByEmail(users, "ada@example.org")
		if err != nil {
			t.Fatal(err)
		}
		otp := core.NewOTP(app)
		otp.SetCollectionRef(users.Id)
		otp.SetRecordRef(ada.Id)
		otp.SetPassword("123456")
		if err := app.Save(otp); err != nil {
			t.Fatal(err)
		}
		*otpID = otp.Id
		return app
	}
}

// TestAThrottledAccountCannotSignInWithAnOTP: once guessing passwords has throttled the
// account, a one-time password does not let it in either until the wait is over.
func TestAThrottledAccountCannotSignInWithAnOTP(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name     string
		failures int
		status   int
		want     string
	}{
		{"a throttled account is refused", 5, http.StatusTooManyRequests, "Too many unsuccessful sign-in attempts"},
		{"an account below the limit signs in", 4, http.StatusOK, `"token"`},
	} {
		var otpID string
		s := tests.ApiScenario{Name: c.name, Method: http.MethodPost, URL: "/api/collections/users/auth-with-otp",
			Headers: map[string]string{"Content-Type": "application/json"}, TestAppFactory: otpWorld(&otpID),
			ExpectedStatus: c.status, ExpectedContent: []string{c.want}}
		failures := failedSignIns(c.failures, "ada@example.org")
		s.BeforeTestFunc = func(t testing.TB, app *tests.TestApp, e *core.ServeEvent) {
			failures(t, app, e)
			s.Body = strings.NewReader(`{"otpId":"` + otpID + `","password":"123456"}`)
		}
		s.Test(t)
	}
}
