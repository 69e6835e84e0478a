package ui

import (
	"html/template"
	"strings"
	"testing"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/i18n"
)

// TestPhraseWritesWhatTheCatalogWrote: a phrase writes, in every language, the bytes of the
// message filled then escaped, values with characters to escape and placeholders included.
func TestPhraseWritesWhatTheCatalogWrote(t *testing.T) {
	values := []string{`R&D <"lead">`, "{points}"}
	for _, locale := range i18n.Locales {
		for _, key := range []string{"score.missed_item", "score.label", "score.matched_of"} {
			names := i18n.Placeholders(messages.Catalog.T(locale, key))
			for i := range names {
				names[i] = strings.Trim(names[i], "{}")
			}
			var args []any
			var escaped []string
			for i, name := range names {
				args = append(args, name, values[i%2])
				escaped = append(escaped, htmlText(values[i%2]))
			}
			var b strings.Builder
			newPhrase(locale, key, htmlText, names...).write(&b, escaped...)
			if want := htmlText(messages.Catalog.T(locale, key, args...)); b.String() != want {
				t.Errorf("%s %s: %q, want %q", locale, key, b.String(), want)
			}
		}
		var b strings.Builder
		newPhrase(locale, "score.sides", template.HTMLEscapeString, "mentee", "mentor").write(&b, "<b>x</b>", "y")
		if want := messages.Catalog.HTML(locale, "score.sides", "mentee", template.HTML("<b>x</b>"), "mentor", template.HTML("y")); b.String() != string(want) {
			t.Errorf("%s score.sides: %q, want %q", locale, b.String(), want)
		}
		for _, key := range scoreMenteeKeys { // the French ones hold apostrophes to escape
			var b strings.Builder
			newPhrase(locale, key, template.HTMLEscapeString, "mine", "theirs").write(&b, "<i>a</i>", "b")
			if want := messages.Catalog.HTML(locale, key, "mine", template.HTML("<i>a</i>"), "theirs", template.HTML("b")); b.String() != string(want) {
				t.Errorf("%s %s: %q, want %q", locale, key, b.String(), want)
			}
		}
	}
}
