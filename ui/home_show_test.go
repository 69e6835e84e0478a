package ui_test

import "testing"

// The home page lists the published programmes in the reader's language: a person's locale
// first, then the lang cookie, then Accept-Language.
func TestHomePage(t *testing.T) {
	t.Parallel()
	testPageCalls(t, []pageCall{
		{name: "home lists published programmes only", person: "visitor", url: "/", status: 200,
			want:    []string{"Open Doors", `href="/programs/open-doors"`, "Mentoring under way", "one person&#39;s experience", `href="/guide/how-it-works"`},
			notWant: []string{"Secret Pilot"}},
		{name: "Accept-Language fr gives French", person: "visitor", url: "/", status: 200,
			headers: []string{"Accept-Language", "fr-CH, fr;q=0.9, en;q=0.5"},
			want:    []string{`<html lang="fr">`, "Le mentorat", "Mentorat en cours"}},
		{name: "the lang cookie beats Accept-Language", person: "visitor", url: "/", status: 200,
			headers: []string{"Accept-Language", "sv", "Cookie", "lang=fr"},
			want:    []string{`<html lang="fr">`, "Le mentorat"}},
		{name: "a user's locale sv beats Accept-Language and the cookie", person: "ada", url: "/", status: 200,
			headers: []string{"Accept-Language", "fr", "Cookie", "lang=fr"},
			want:    []string{`<html lang="sv">`, "Mentorskap", "Logga ut"}},
	})
}
