package ui_test

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/internal/throttle"
)

// clientIP is the address httptest gives every request, the key of the client's limits.
const clientIP = "192.0.2.1"

// fakeOIDC is an identity server served by the test: it hands out one code for person,
// exchanges it for a token only with the PKCE verifier of the challenge it was given, and
// answers the user-info request with person.
type fakeOIDC struct {
	*httptest.Server
	person    map[string]any
	challenge string
}

func newFakeOIDC(t *testing.T, person map[string]any) *fakeOIDC {
	t.Helper()
	f := &fakeOIDC{person: person}
	mux := http.NewServeMux()
	mux.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		f.challenge = q.Get("code_challenge")
		back, _ := url.Parse(q.Get("redirect_uri"))
		back.RawQuery = url.Values{"code": {"the-code"}, "state": {q.Get("state")}}.Encode()
		http.Redirect(w, r, back.String(), http.StatusFound)
	})
	mux.HandleFunc("/token", func(w http.ResponseWriter, r *http.Request) {
		sum := sha256.Sum256([]byte(r.PostFormValue("code_verifier")))
		if r.PostFormValue("code") != "the-code" || base64.RawURLEncoding.EncodeToString(sum[:]) != f.challenge {
			http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"access_token":"the-token","token_type":"Bearer","expires_in":3600}`))
	})
	mux.HandleFunc("/userinfo", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer the-token" {
			http.Error(w, "no", http.StatusUnauthorized)
			return
		}
		json.NewEncoder(w).Encode(f.person)
	})
	f.Server = httptest.NewServer(mux)
	t.Cleanup(f.Close)
	return f
}

// enableOIDC turns on the users collection's OAuth2 sign-in with the generic OIDC provider
// pointing at f, as an admin does in the dashboard.
func enableOIDC(t testing.TB, app core.App, f *fakeOIDC) {
	t.Helper()
	users, err := app.FindCollectionByNameOrId("users")
	if err != nil {
		t.Fatal(err)
	}
	users.OAuth2.Enabled = true
	users.OAuth2.Providers = []core.OAuth2ProviderConfig{{Name: "oidc", DisplayName: "University", ClientId: "portal",
		ClientSecret: "secret", AuthURL: f.URL + "/authorize", TokenURL: f.URL + "/token", UserInfoURL: f.URL + "/userinfo"}}
	if err := app.Save(users); err != nil {
		t.Fatal(err)
	}
}

// oidcSignIn follows the portal's button through the fake provider and back, as a browser
// would, and returns the callback's answer.
func oidcSignIn(t *testing.T, handler http.Handler, next string) *httptest.ResponseRecorder {
	t.Helper()
	login := do(handler, http.MethodGet, "/login?next="+url.QueryEscape(next), nil, map[string]string{"Cookie": "mb_csrf=" + csrf})
	start := "/oauth2/oidc?next=" + url.QueryEscape(next)
	if !strings.Contains(login.Body.String(), `href="`+strings.ReplaceAll(start, "&", "&amp;")+`"`) ||
		!strings.Contains(login.Body.String(), "Sign in with University") {
		t.Fatalf("the sign-in page has no University button for %s:\n%s", start, login.Body)
	}
	res := do(handler, http.MethodGet, start, nil, map[string]string{"Cookie": "mb_csrf=" + csrf})
	if res.Code != http.StatusSeeOther {
		t.Fatalf("the button answered %d", res.Code)
	}
	pending := res.Result().Cookies()
	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	answer, err := noFollow.Get(res.Header().Get("Location"))
	if err != nil {
		t.Fatal(err)
	}
	answer.Body.Close()
	back, err := url.Parse(answer.Header.Get("Location"))
	if err != nil || back.Path != "/oauth2/oidc/callback" {
		t.Fatalf("the provider sent the browser to %q", answer.Header.Get("Location"))
	}
	cookie := "mb_csrf=" + csrf
	for _, c := range pending {
		cookie += "; " + c.Name + "=" + c.Value
	}
	return do(handler, http.MethodGet, back.RequestURI(), nil, map[string]string{"Cookie": cookie})
}

// From the sign-in page's button, through a fake OIDC provider, a newcomer with a verified
// address gets a verified account and lands where they were going with the portal's session;
// a member with an account of that address is linked to it, not duplicated; an address the
// provider does not verify signs nobody in; a newcomer from a client that used up its
// registrations gets no account, as with the form; the users collection's auth rule refuses
// whom it refuses a password; a forged answer is refused.
func TestSignInWithAnOIDCProvider(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, email string
		verified    bool
		status      int
		accounts    int    // accounts with the address afterwards
		full        bool   // the client has used up its registrations for the hour
		authRule    string // the users collection's auth rule, as an admin may set it
	}{
		{name: "a newcomer", email: "ada@uni.example", verified: true, status: http.StatusSeeOther, accounts: 1},
		{name: "a member", email: "marie@example.org", verified: true, status: http.StatusSeeOther, accounts: 1},
		{name: "an unverified address", email: "eve@uni.example", status: http.StatusForbidden},
		{name: "a newcomer past the registration limit", email: "ada@uni.example", verified: true, status: http.StatusTooManyRequests, full: true},
		{name: "a member past the registration limit", email: "marie@example.org", verified: true, status: http.StatusSeeOther, accounts: 1, full: true},
		{name: "a member the auth rule refuses", email: "marie@example.org", verified: true, status: http.StatusForbidden, accounts: 1,
			authRule: `email != "marie@example.org"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := seedPairs(t)
			f := newFakeOIDC(t, map[string]any{"sub": "u-" + c.email, "email": c.email, "email_verified": c.verified, "name": "Ada Uni"})
			enableOIDC(t, app, f)
			if c.authRule != "" {
				users, _ := app.FindCollectionByNameOrId("users")
				users.AuthRule = &c.authRule
				if err := app.Save(users); err != nil {
					t.Fatal(err)
				}
			}
			if c.full {
				registrations := throttle.Shared(app.Store()).RegisterByClient
				for registrations.Wait(clientIP) == 0 {
					registrations.Add(clientIP)
				}
			}
			handler := newHandler(t, app)
			res := oidcSignIn(t, handler, "/account")
			if res.Code != c.status {
				t.Fatalf("callback answered %d, want %d:\n%s", res.Code, c.status, res.Body)
			}
			n, _ := app.CountRecords("users", dbx.HashExp{"email": c.email})
			if int(n) != c.accounts {
				t.Errorf("%d accounts with %s, want %d", n, c.email, c.accounts)
			}
			if c.status != http.StatusSeeOther {
				return
			}
			if res.Header().Get("Location") != "/account" || cookieNamed(res.Result(), "mb_auth") == nil {
				t.Fatalf("not signed in to /account: %q %v", res.Header().Get("Location"), res.Result().Cookies())
			}
			user, err := app.FindAuthRecordByEmail("users", c.email)
			if err != nil || !user.Verified() {
				t.Fatalf("account %v verified %v", err, user != nil && user.Verified())
			}
			links, _ := app.FindAllExternalAuthsByRecord(user)
			if len(links) != 1 || links[0].Provider() != "oidc" {
				t.Errorf("links %v", links)
			}
			account := do(handler, http.MethodGet, "/account", nil, map[string]string{"Cookie": "mb_csrf=" + csrf + "; mb_auth=" + cookieNamed(res.Result(), "mb_auth").Value})
			if account.Code != http.StatusOK || !strings.Contains(account.Body.String(), c.email) {
				t.Errorf("the session does not open the account page: %d", account.Code)
			}
		})
	}
	app := seedPairs(t)
	enableOIDC(t, app, newFakeOIDC(t, map[string]any{"sub": "x", "email": "x@uni.example", "email_verified": true}))
	(&tests.ApiScenario{Name: "a forged answer", Method: http.MethodGet, URL: "/oauth2/oidc/callback?code=the-code&state=guess",
		Headers:        map[string]string{"Cookie": "mb_csrf=" + csrf + "; mb_oauth2=provider=oidc&state=other&verifier=v"},
		TestAppFactory: func(testing.TB) *tests.TestApp { return app }, ExpectedStatus: http.StatusBadRequest,
		ExpectedContent: []string{"did not work"}}).Test(t)
}

// The registration page offers the same buttons as the sign-in page, returning where the
// newcomer was going; the password sign-in limits hold the buttons too: a client past its
// wrong passwords is not sent to the provider, and an address past its own is not signed in
// when the provider names it, even by the provider's word.
func TestOIDCSignInFollowsThePortalsRules(t *testing.T) {
	t.Parallel()
	app := seedPairs(t)
	enableOIDC(t, app, newFakeOIDC(t, map[string]any{"sub": "u-marie", "email": "marie@example.org", "email_verified": true}))
	handler := newHandler(t, app)
	register := do(handler, http.MethodGet, "/register?next=%2Faccount", nil, map[string]string{"Cookie": "mb_csrf=" + csrf})
	if !strings.Contains(register.Body.String(), `href="/oauth2/oidc?next=%2Faccount"`) ||
		!strings.Contains(register.Body.String(), "Sign in with University") {
		t.Errorf("the registration page has no University button:\n%s", register.Body)
	}

	limits := throttle.Shared(app.Store())
	for limits.SignInWait(throttle.Account("users", "marie@example.org"), "") == 0 {
		limits.SignInFailed(throttle.Account("users", "marie@example.org"), "198.51.100.7")
	}
	if res := oidcSignIn(t, handler, "/account"); res.Code != http.StatusTooManyRequests || cookieNamed(res.Result(), "mb_auth") != nil {
		t.Errorf("an address past its wrong passwords: %d %v", res.Code, res.Result().Cookies())
	}

	for limits.SignInWait("", clientIP) == 0 {
		limits.SignInFailed(throttle.Account("users", "guess@example.org"), clientIP)
	}
	res := do(handler, http.MethodGet, "/oauth2/oidc?next=%2Faccount", nil, map[string]string{"Cookie": "mb_csrf=" + csrf})
	if res.Code != http.StatusTooManyRequests || res.Header().Get("Retry-After") == "" || strings.Contains(res.Header().Get("Location"), "authorize") {
		t.Errorf("a client past its wrong passwords: %d, sent to %q", res.Code, res.Header().Get("Location"))
	}
}
