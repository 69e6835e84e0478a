package ui

import (
	"html/template"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/mentoring"
)

// A programme's own words — its name, summary, description, areas, its events' titles and
// descriptions, the labels of its tags — are written in one language, which may not be the page's: a screen reader
// must read a French summary with a French voice on an English page (WCAG 3.1.2). Views
// carry the language of the words they hold, and templates mark them with the lang helper.

// langAttr is the lang attribute, with its leading space, of words in textLang on a page in locale: nothing when the
// two agree or the words' language is unknown.
func langAttr(locale, textLang string) template.HTMLAttr {
	if textLang == "" || textLang == locale {
		return ""
	}
	return template.HTMLAttr(` lang="` + template.HTMLEscapeString(textLang) + `"`)
}

// tagText is tag's label for a reader in locale and the language it is written in
// (mentoring.TagLabel), else its id with no language.
func tagText(tag *core.Record, locale string) (label, lang string) {
	if label, lang := mentoring.TagLabel(tag, locale); label != "" {
		return label, lang
	}
	return tag.Id, ""
}

// ownWords are words (tag labels) each in its own language, comma-separated, for a page in
// locale: those not in the page's language marked with theirs.
func ownWords(locale string, words, langs []string) template.HTML {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = string(i18n.Marked(locale, w, langs[i]))
	}
	return template.HTML(strings.Join(out, ", "))
}
