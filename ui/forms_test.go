package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

func TestPortalPosts(t *testing.T) {
	t.Parallel()
	type post struct {
		name, person, url string
		body              *strings.Reader
		headers           []string
		status            int
		want, notWant     []string
		after             func(t testing.TB, app *tests.TestApp, res *http.Response)
	}
	posts := []post{
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
		{name: "register with a bad e-mail: message beside the field, name kept, password not", person: "visitor", url: "/register",
			body:   form(true, "name", "Grace Hopper", "email", "grace-at-example", "password", password, "password_confirm", password, "locale", "en"),
			status: 422,
			want: []string{`value="Grace Hopper"`, `value="grace-at-example"`, `aria-invalid="true" aria-describedby="e-email"`,
				`<p class="error" id="e-email">Enter a valid e-mail address`},
			notWant: []string{password}},
		{name: "register in French: French messages, different passwords reported", person: "visitor", url: "/register",
			body:    form(true, "name", "", "email", "g@example.org", "password", password, "password_confirm", "other one", "locale", "fr"),
			headers: []string{"Accept-Language", "fr"}, status: 422,
			want: []string{`<p class="error" id="e-name">Veuillez remplir ce champ.`, `<p class="error" id="e-password_confirm">Les deux mots de passe sont différents.`}},
		{name: "register queues the verification e-mail in the user's language and leads to the sign-in page", person: "visitor", url: "/register",
			body:   form(true, "name", "Lise Meitner", "email", "lise@example.org", "password", password, "password_confirm", password, "locale", "sv"),
			status: 303,
			after: func(t testing.TB, app *tests.TestApp, res *http.Response) {
				if res.Header.Get("Location") != "/login" || setsCookie(res, "mb_auth") {
					t.Errorf("Location %q, cookies %v", res.Header.Get("Location"), res.Header.Values("Set-Cookie"))
				}
				mail := queuedMail(t, app, "verification", "lise@example.org")
				if mail.GetString("locale") != "sv" || mail.GetString("subject") != "Bekräfta din e-postadress" ||
					!strings.Contains(mail.GetString("text"), appURL+"/verify/") || !strings.Contains(mail.GetString("html"), appURL+"/verify/") {
					t.Errorf("verification mail: %v", mail.PublicExport())
				}
			}},
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
		{name: "sign out clears the cookie", person: "ada", url: "/logout", body: form(true), status: 303,
			after: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
				if c := cookieNamed(res, "mb_auth"); c == nil || c.MaxAge >= 0 {
					t.Errorf("cookie not cleared: %+v", c)
				}
			}},
		{name: "account update with a bad phone keeps what was typed", person: "other", url: "/account",
			body: form(true, "name", "Otto Renamed", "phone", "call me", "locale", "en"), status: 422,
			want: []string{`value="Otto Renamed"`, `value="call me"`, `<p class="error" id="e-phone">`}},
		{name: "account update saves", person: "other", url: "/account",
			body: form(true, "name", "Otto Renamed", "phone", "+33 6 12 34 56 78", "locale", "fr"), status: 303,
			after: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				u, _ := app.FindAuthRecordByEmail("users", "other@example.org")
				if u.GetString("name") != "Otto Renamed" || u.GetString("phone") != "+33 6 12 34 56 78" || u.GetString("locale") != "fr" {
					t.Errorf("not saved: %v", u.PublicExport())
				}
			}},
		{name: "the language switcher saves a user's locale and returns to the page", person: "other", url: "/lang",
			body: form(true, "lang", "fr", "next", "/guide/how-it-works"), status: 303,
			after: func(t testing.TB, app *tests.TestApp, res *http.Response) {
				u, _ := app.FindAuthRecordByEmail("users", "other@example.org")
				if u.GetString("locale") != "fr" || res.Header.Get("Location") != "/guide/how-it-works" {
					t.Errorf("locale %q, Location %q", u.GetString("locale"), res.Header.Get("Location"))
				}
			}},
		{name: "the switcher never redirects off the site", person: "visitor", url: "/lang",
			body: form(true, "lang", "sv", "next", "//evil.example/"), status: 303,
			after: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
				if res.Header.Get("Location") != "/" || cookieNamed(res, "lang").Value != "sv" {
					t.Errorf("Location %q", res.Header.Get("Location"))
				}
			}},
	}
	for _, p := range posts {
		headers, factory := as(pageWorld, p.person, p.headers...)
		scenario := tests.ApiScenario{
			Name: p.name, Method: http.MethodPost, URL: p.url, Body: p.body, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: p.status, ExpectedContent: p.want, NotExpectedContent: p.notWant, AfterTestFunc: p.after,
		}
		scenario.Test(t)
	}
}

func TestCalendarTokenResetReplacesTheToken(t *testing.T) {
	t.Parallel()
	app, people := seedWorld(t)
	before := people["ada"].GetString("calendar_token")
	res := do(newHandler(t, app), http.MethodPost, "/account/calendar-token", form(true), formHeaders(cookies(t, people["ada"])))
	after, _ := app.FindRecordById("users", people["ada"].Id)
	if res.Code != 303 || after.GetString("calendar_token") == before || before == "" {
		t.Errorf("%d: token %q → %q", res.Code, before, after.GetString("calendar_token"))
	}
}

func setsCookie(res *http.Response, name string) bool {
	c := cookieNamed(res, name)
	return c != nil && c.Value != ""
}

func cookieNamed(res *http.Response, name string) *http.Cookie {
	for _, c := range res.Cookies() {
		if c.Name == name {
			return c
		}
	}
	return nil
}
