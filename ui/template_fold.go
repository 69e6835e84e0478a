package ui

import (
	"regexp"
	"strconv"

	messages "github.com/mentorbase/mentorbase/catalog"
)

// constantT finds {{t "key"}} actions and (t "key") arguments: a translation with no
// argument but its key, which every execution of the template computes again.
var constantT = regexp.MustCompile(`\{\{(-?)\s*t\s+"([A-Za-z0-9_.]+)"\s*(-?)\}\}|\(t\s+"([A-Za-z0-9_.]+)"\)`)

// foldTranslations replaces, in a template's text for locale, each constant translation by
// its text as a string literal. A locale's set is parsed for it alone and the catalog never
// changes once loaded, so the text is known at parse time; the literal is still escaped for
// its context, as t's result was. It spares the match page over a hundred reflective calls
// (most of its template time was calling functions, not writing text).
func foldTranslations(locale, text string) string {
	return constantT.ReplaceAllStringFunc(text, func(action string) string {
		m := constantT.FindStringSubmatch(action)
		if m[4] != "" {
			return strconv.Quote(messages.Catalog.T(locale, m[4]))
		}
		open, close := "{{", "}}"
		if m[1] != "" {
			open = "{{- "
		}
		if m[3] != "" {
			close = " -}}"
		}
		return open + strconv.Quote(messages.Catalog.T(locale, m[2])) + close
	})
}
