package ui

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// readerCard is newProgramCard with the name and summary in the reader's language (else the
// programme's first), each with its language when it is not the page's, for the page to mark
// with lang.
func readerCard(program *core.Record, locale string, now time.Time) programCard {
	card := newProgramCard(program, now)
	card.Name, card.NameLang = readerText(program, "name", locale)
	card.Summary, card.SummaryLang = readerText(program, "summary", locale)
	return card
}

// readerText is mentoring.ProgramText with the language left empty when it is the page's
// own, so only words in another language are marked.
func readerText(program *core.Record, field, locale string) (text, lang string) {
	text, lang = mentoring.ProgramText(program, field, locale)
	if lang == locale {
		lang = ""
	}
	return text, lang
}

// areaChoices are the programme's areas as stored in applications and as a reader of locale
// names them.
func areaChoices(program *core.Record, locale string) (keys, labels, langs []string) {
	for _, a := range mentoring.ProgramAreas(program) {
		label, lang := mentoring.AreaLabel(program, a.Key, locale)
		keys, labels, langs = append(keys, a.Key), append(labels, label), append(langs, lang)
	}
	return keys, labels, langs
}
