package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// Every form that asks for personal data links to the privacy page, which exists in the
// reader's language.
func TestFormsLinkThePrivacyPage(t *testing.T) {
	t.Parallel()
	link := `<a href="/guide/privacy">`
	for _, c := range []struct{ person, page string }{
		{"visitor", "/register"},
		{"sven", "/account"},
		{"sven", "/help"},
		{"sven", "/applications/" + wid("appsven") + "/edit"},
	} {
		headers, factory := as(seedPrivacy, c.person)
		(&tests.ApiScenario{Name: c.page, Method: http.MethodGet, URL: c.page, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: http.StatusOK, ExpectedContent: []string{link}}).Test(t)
	}
	for lang, title := range map[string]string{"en": "Your personal data", "fr": "Vos données personnelles", "sv": "Dina personuppgifter"} {
		headers, factory := as(seedPrivacy, "visitor", "Cookie", "lang="+lang)
		(&tests.ApiScenario{Name: "privacy page in " + lang, Method: http.MethodGet, URL: "/guide/privacy", Headers: headers,
			TestAppFactory: factory, ExpectedStatus: http.StatusOK, ExpectedContent: []string{"<h1>" + title + "</h1>", "12"}}).Test(t)
	}
}
