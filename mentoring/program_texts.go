package mentoring

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/kernel"
)

// ProgramTextFields are the programme's texts written once per language, as <field>_<lang>.
var ProgramTextFields = []string{"name", "summary", "description"}

// ProgramText is a programme's text field (name, summary or description) for a reader of
// locale: their language's version, else the programme's first language's, with the language
// the text is in, so pages mark words in another language with lang. Texts written before
// programmes had a version per language are read from the plain field, in the first language.
func ProgramText(program *core.Record, field, locale string) (text, lang string) {
	return kernel.TextIn(program, program, field, locale)
}

// SyncProgramTexts keeps the plain name, summary and description equal to the programme's
// first language, which e-mails, lists and the dashboard read. Whichever of the two a client
// changed wins (the dashboard may edit the plain field, the portal the per-language one); an
// empty first-language field takes the plain text, as for a programme created with name only.
func SyncProgramTexts(program, original *core.Record) {
	first := kernel.ProgramLanguage(program)
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
