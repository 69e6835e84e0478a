package ui

import (
	"html/template"
	"slices"
	"strings"

	messages "github.com/mentorbase/mentorbase/catalog"

	"github.com/mentorbase/mentorbase/mentoring"

	"github.com/pocketbase/pocketbase/core"
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

// translateHTML is the sentence key in locale with args, escaped as t's text would be, except
// the template.HTML values, which go in as they are: words already marked with their language
// (ownWords, namedIn), so a screen reader switches voice for those words alone. Each stands
// in the sentence for a private-use character until it is escaped, one that no catalog text
// holds and escaping leaves alone.
func translateHTML(locale, key string, args ...any) template.HTML {
	plain := slices.Clone(args)
	var slots []string
	for i := 1; i < len(plain); i += 2 {
		if h, ok := plain[i].(template.HTML); ok {
			plain[i] = string(rune(0xE000 + len(slots)))
			slots = append(slots, string(h))
		}
	}
	out := template.HTMLEscapeString(messages.Catalog.T(locale, key, plain...))
	for n, h := range slots {
		out = strings.ReplaceAll(out, string(rune(0xE000+n)), h)
	}
	return template.HTML(out)
}

// namedIn is text written in textLang, for a page in locale: escaped, and in a span with its
// language when that is not the page's.
func namedIn(locale, text, textLang string) template.HTML {
	escaped := template.HTMLEscapeString(text)
	if attr := langAttr(locale, textLang); attr != "" {
		return template.HTML("<span" + string(attr) + ">" + escaped + "</span>")
	}
	return template.HTML(escaped)
}

// ownWords are words (tag labels) each in its own language, comma-separated, for a page in
// locale: those not in the page's language marked with theirs.
func ownWords(locale string, words, langs []string) template.HTML {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = string(namedIn(locale, w, langs[i]))
	}
	return template.HTML(strings.Join(out, ", "))
}
