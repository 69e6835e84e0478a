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
