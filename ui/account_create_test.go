package ui_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// applicationMentee is where "Become a mentee" sends a visitor after signing in or registering.
const applicationMentee = "/programs/open-doors/apply/mentee"

func TestRegistrationLeadsWhereTheVisitorWasGoing(t *testing.T) {
	t.Parallel()
	type step struct {
		name, method, url string
		body              io.Reader // nil for a GET
		status            int
		want, notWant     []string
		location          string
	}
	register := func(next string) *strings.Reader {
		return form(true, "name", "Rosa Parks", "email", "rosa@example.org", "password", password,
			"password_confirm", password, "locale", "en", "next", next)
	}
	steps := []step{
		{name: "the sign-in page's register link keeps next", method: http.MethodGet, url: "/login?next=" + applicationMentee,
			status: 200, want: []string{`href="/register?next=%2fprograms%2fopen-doors%2fapply%2fmentee"`}},
		{name: "without next the register link is plain", method: http.MethodGet, url: "/login",
			status: 200, want: []string{`href="/register"`}, notWant: []string{"/register?next="}},
		{name: "the register form carries next, and so does its sign-in link", method: http.MethodGet, url: "/register?next=" + applicationMentee,
			status: 200, want: []string{`name="next" value="` + applicationMentee + `"`, `href="/login?next=%2fprograms%2fopen-doors%2fapply%2fmentee"`}},
		{name: "the register form drops a next that leaves the site", method: http.MethodGet, url: "/register?next=//evil.example/",
			status: 200, want: []string{`name="next" value="/"`}, notWant: []string{`value="//evil.example/"`, "/login?next="}},
		{name: "registering leads to the sign-in page, which keeps next", method: http.MethodPost, url: "/register", body: register(applicationMentee),
			status: 303, location: "/login?next=%2Fprograms%2Fopen-doors%2Fapply%2Fmentee"},
		{name: "registering with a next that leaves the site leads to the plain sign-in page", method: http.MethodPost, url: "/register",
			body: register("//evil.example/"), status: 303, location: "/login"},
		{name: "a refused registration keeps next in the form", method: http.MethodPost, url: "/register",
			body:   form(true, "name", "", "email", "rosa@example.org", "password", password, "password_confirm", password, "locale", "en", "next", applicationMentee),
			status: 422, want: []string{`name="next" value="` + applicationMentee + `"`}},
	}
	for _, s := range steps {
		headers, factory := as(pageWorld, "visitor")
		scenario := tests.ApiScenario{
			Name: s.name, Method: s.method, URL: s.url, Body: s.body, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: s.status, ExpectedContent: s.want, NotExpectedContent: s.notWant,
		}
		if s.location != "" {
			want := s.location
			scenario.AfterTestFunc = func(t testing.TB, _ *tests.TestApp, res *http.Response) {
				if got := res.Header.Get("Location"); got != want || setsCookie(res, "mb_auth") {
					t.Errorf("Location %q (want %q), cookies %v", got, want, res.Header.Values("Set-Cookie"))
				}
			}
		}
		scenario.Test(t)
	}
}

func TestATooShortPasswordSaysTheMinimum(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, want string }{
		{"fr", "C&#39;est trop court : au moins 8 caractères."},
		{"en", "This is too short: use at least 8 characters."},
	} {
		headers, factory := as(pageWorld, "visitor", "Accept-Language", c.locale)
		scenario := tests.ApiScenario{
			Name: "register in " + c.locale, Method: http.MethodPost, URL: "/register", Headers: headers, TestAppFactory: factory,
			Body:           form(true, "name", "Rosa Parks", "email", "rosa@example.org", "password", "short", "password_confirm", "short", "locale", c.locale),
			ExpectedStatus: 422, ExpectedContent: []string{`<p class="error" id="e-password">` + c.want},
		}
		scenario.Test(t)
	}
}

// Registering: messages beside the fields in the reader's language, the password never
// echoed, and the verification e-mail queued in the new person's language.
func TestRegistrationChecksTheFormAndMailsTheVerification(t *testing.T) {
	t.Parallel()
	testPageCalls(t, []pageCall{
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
	})
}
