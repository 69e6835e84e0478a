package mentoring

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
)

// ProgramTextFields are the programme's texts written once per language, as <field>_<lang>.
var ProgramTextFields = []string{"name", "summary", "description"}

// ProgramText is a programme's text field (name, summary or description) for a reader of
// locale: their language's version, else the programme's first language's, with the language
// the text is in, so pages mark words in another language with lang. Texts written before
// programmes had a version per language are read from the plain field, in the first language.
func ProgramText(program *core.Record, field, locale string) (text, lang string) {
	if text := program.GetString(field + "_" + locale); text != "" && speaks(program, locale) {
		return text, locale
	}
	first := ProgramLanguage(program)
	if text := program.GetString(field + "_" + first); text != "" {
		return text, first
	}
	return program.GetString(field), first
}

// ProgramLanguage is the programme's first language, its default for pages and e-mails.
func ProgramLanguage(program *core.Record) string {
	if languages := program.GetStringSlice("languages"); len(languages) > 0 {
		return languages[0]
	}
	return "en"
}

func speaks(program *core.Record, locale string) bool {
	for _, l := range program.GetStringSlice("languages") {
		if l == locale {
			return true
		}
	}
	return false
}

// SyncProgramTexts keeps the plain name, summary and description equal to the programme's
// first language, which e-mails, lists and the dashboard read. Whichever of the two a client
// changed wins (the dashboard may edit the plain field, the portal the per-language one); an
// empty first-language field takes the plain text, as for a programme created with name only.
func SyncProgramTexts(program, original *core.Record) {
	first := ProgramLanguage(program)
	for _, field := range ProgramTextFields {
		own := field + "_" + first
		plainChanged := original == nil || program.GetString(field) != original.GetString(field)
		ownChanged := original == nil || program.GetString(own) != original.GetString(own)
		switch {
		case program.GetString(own) == "" || (plainChanged && !ownChanged):
			program.Set(own, program.GetString(field))
		default:
			program.Set(field, program.GetString(own))
		}
	}
}

// TagLabel is how a reader of locale names a tag: its label in their language, else in
// English, else in any language it has, with the language the label is in; a tag without
// any label is named by its key, in no language (lang is "").
func TagLabel(tag *core.Record, locale string) (label, lang string) {
	for _, l := range append([]string{locale, "en"}, i18n.Locales...) {
		if label := tag.GetString("label_" + l); label != "" {
			return label, l
		}
	}
	return tag.GetString("key"), ""
}
