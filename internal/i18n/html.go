package i18n

import (
	"html/template"
	"slices"
	"strings"
)

// Marked is text written in textLang, escaped for a page or an e-mail in locale, in a span
// marked with its language when that is known and not locale: a screen reader then reads a
// French programme name on an English page with a French voice (WCAG 3.1.2).
func Marked(locale, text, textLang string) template.HTML {
	escaped := template.HTMLEscapeString(text)
	if textLang == "" || textLang == locale {
		return template.HTML(escaped)
	}
	return template.HTML(`<span lang="` + template.HTMLEscapeString(textLang) + `">` + escaped + "</span>")
}

// HTML is the message key in locale with args, escaped as a template escapes text, except
// the template.HTML values, which go in as they are: words already marked with their
// language (Marked), so a screen reader switches voice for those words alone. Each stands in
// the message for a private-use character until it is escaped, one that no catalog text holds
// and escaping leaves alone.
func (c *Catalog) HTML(locale, key string, args ...any) template.HTML {
	plain := slices.Clone(args)
	var slots []string
	for i := 1; i < len(plain); i += 2 {
		if h, ok := plain[i].(template.HTML); ok {
			plain[i] = string(rune(0xE000 + len(slots)))
			slots = append(slots, string(h))
		}
	}
	out := template.HTMLEscapeString(c.T(locale, key, plain...))
	for n, h := range slots {
		out = strings.ReplaceAll(out, string(rune(0xE000+n)), h)
	}
	return template.HTML(out)
}
