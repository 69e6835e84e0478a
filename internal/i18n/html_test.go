package i18n

import (
	"html/template"
	"testing"
	"testing/fstest"
)

// TestMarkedWordsKeepTheirLanguageInEscapedSentences: a name in another language than the
// page's goes into the sentence in a span with its language, one in the page's as plain
// text, and everything people typed is escaped, in whichever argument it is.
func TestMarkedWordsKeepTheirLanguageInEscapedSentences(t *testing.T) {
	c, err := Load(fstest.MapFS{
		"en.json": {Data: []byte(`{"heading":"Applications to {program}","by":"{program} & {who}"}`)},
		"fr.json": {Data: []byte(`{}`)},
		"sv.json": {Data: []byte(`{}`)},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		got, want template.HTML
	}{
		{"a French name on an English page", c.HTML("en", "heading", "program", Marked("en", "Mentorat <nordique>", "fr")),
			`Applications to <span lang="fr">Mentorat &lt;nordique&gt;</span>`},
		{"a name in the page's language", c.HTML("en", "heading", "program", Marked("en", "Nordic", "en")),
			"Applications to Nordic"},
		{"a name of unknown language", c.HTML("en", "heading", "program", Marked("en", "Nordic", "")),
			"Applications to Nordic"},
		{"markup typed in a marked name and in a plain argument", c.HTML("en", "by", "program", Marked("en", "<i>Alumni</i>", "sv"), "who", "<b>Bo</b>"),
			`<span lang="sv">&lt;i&gt;Alumni&lt;/i&gt;</span> &amp; &lt;b&gt;Bo&lt;/b&gt;`},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, tc.got, tc.want)
		}
	}
}
