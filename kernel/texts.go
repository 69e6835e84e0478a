package kernel

import (
	"slices"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/outbox"
)

// ProgramLanguage is the programme's first language: the default of its pages and e-mails,
// and the language its texts fall back to.
func ProgramLanguage(program *core.Record) string {
	if languages := program.GetStringSlice("languages"); len(languages) > 0 {
		return languages[0]
	}
	return i18n.Fallback
}

// TextIn is record's text field for a reader of locale, kept per programme language as
// <field>_<lang>: the reader's version when the programme runs in their language, else the
// first language's, else the plain field (written by a client that knows no languages),
// with the language the text is in, so pages mark words in another language with lang.
func TextIn(record, program *core.Record, field, locale string) (text, lang string) {
	if slices.Contains(program.GetStringSlice("languages"), locale) {
		if text := record.GetString(field + "_" + locale); text != "" {
			return text, locale
		}
	}
	first := ProgramLanguage(program)
	if text := record.GetString(field + "_" + first); text != "" {
		return text, first
	}
	return record.GetString(field), first
}

// ProgramName is the programme's name for a reader of locale (TextIn), with the language it
// is written in: what e-mails call it, marked with that language in their HTML part when it
// falls back to another than the reader's.
func ProgramName(program *core.Record, locale string) outbox.Named {
	name, lang := TextIn(program, program, "name", locale)
	return outbox.Named{Text: name, Lang: lang}
}
