package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// The language switcher on every page saves a person's locale and returns to the page, never
// off the site.
func TestLanguageSwitcher(t *testing.T) {
	t.Parallel()
	testPageCalls(t, []pageCall{
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
			}}, {name: "every page has the language switcher back to itself", person: "visitor", url: "/guide", status: 200,
			want: []string{`action="/lang"`, `name="next" value="/guide"`, `value="fr"`, `value="sv"`}}})
}
