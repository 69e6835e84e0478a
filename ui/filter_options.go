package ui

import (
	"html/template"
	"strings"

	messages "github.com/mentorbase/mentorbase/catalog"
)

// keyedChoices are values as the options of a list's filter, labelled in locale by their
// catalog keys, in the order given, chosen selected.
func keyedChoices(locale string, keys map[string]string, chosen string, values ...string) []choiceOption {
	out := make([]choiceOption, len(values))
	for i, v := range values {
		out[i] = choiceOption{Value: v, Label: messages.Catalog.T(locale, keys[v]), Checked: v == chosen}
	}
	return out
}

// optionTags are the options of a list's filter for a reader of locale, written here as the
// templates wrote them (the same bytes: value, selected, the label's language when it is not
// the page's, the label): the templates' range over them, three escaped values an option
// through reflection, was a third of the applications list's allocations (twenty languages).
func optionTags(locale string, options []choiceOption) template.HTML {
	var b strings.Builder
	for _, o := range options {
		writeOption(&b, locale, o.Value, o.Label, o.Lang, o.Checked)
	}
	return template.HTML(b.String())
}

// writeOption writes one option of a filter's select as the templates wrote it: its value,
// selected or not, the label's language when it is not the page's (locale), its label.
func writeOption(b *strings.Builder, locale, value, label, lang string, selected bool) {
	b.WriteString(`<option value="`)
	b.WriteString(htmlText(value))
	b.WriteString(`"`)
	if selected {
		b.WriteString(" selected")
	}
	b.WriteString(string(langAttr(locale, lang)))
	b.WriteString(">")
	b.WriteString(htmlText(label))
	b.WriteString("</option>")
}
