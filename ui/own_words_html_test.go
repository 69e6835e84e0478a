package ui

import (
	"html/template"
	"testing"
)

// TestSentencesKeepMarkedWordsAndEscapeTheRest: a name in another language than the page's
// goes into the sentence in a span with its language, one in the page's as plain text, and
// everything people typed is escaped, in whichever argument it is.
func TestSentencesKeepMarkedWordsAndEscapeTheRest(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name      string
		got, want template.HTML
	}{
		{"a French name on an English page", translateHTML("en", "review.heading", "program", namedIn("en", "Mentorat <nordique>", "fr")),
			`Applications to <span lang="fr">Mentorat &lt;nordique&gt;</span>`},
		{"a name in the page's language", translateHTML("en", "review.heading", "program", namedIn("en", "Nordic", "en")),
			"Applications to Nordic"},
		{"markup typed in a marked name", translateHTML("en", "console.heading", "program", namedIn("en", "<i>Alumni</i>", "sv")),
			`Matching: <span lang="sv">&lt;i&gt;Alumni&lt;/i&gt;</span>`},
		{"tag labels, one falling back", ownWords("fr", []string{"Leadership", "Énergie & co"}, []string{"en", "fr"}),
			`<span lang="en">Leadership</span>, Énergie &amp; co`},
	} {
		if c.got != c.want {
			t.Errorf("%s: %s, want %s", c.name, c.got, c.want)
		}
	}
}
