package ui

import (
	"html/template"
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

// nameSlot stands for the name in a translated sentence until the sentence is escaped: a
// private-use character no catalog text holds and HTML escaping leaves alone.
const nameSlot = "\uE000"

// sentenceNaming is the sentence key in locale with name as its {program}, the name in a span
// with its language when that is not the page's, so a screen reader switches voice for the
// name alone. Everything else is escaped as t's text would be.
func sentenceNaming(locale, key, name, nameLang string, args ...any) template.HTML {
	sentence := template.HTMLEscapeString(messages.Catalog.T(locale, key, append([]any{"program", nameSlot}, args...)...))
	named := template.HTMLEscapeString(name)
	if attr := langAttr(locale, nameLang); attr != "" {
		named = "<span" + string(attr) + ">" + named + "</span>"
	}
	return template.HTML(strings.ReplaceAll(sentence, nameSlot, named))
}
