package ui

import (
	"html/template"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// areaChoices are the programme's areas as stored in applications and as a reader of locale
// names them.
func areaChoices(program *core.Record, locale string) (keys, labels, langs []string) {
	for _, a := range mentoring.ProgramAreas(program) {
		label, lang := mentoring.AreaLabel(program, a.Key, locale)
		keys, labels, langs = append(keys, a.Key), append(labels, label), append(langs, lang)
	}
	return keys, labels, langs
}

// areaText is how a reader of locale names the area key of program, with the language of the
// words (mentoring.AreaLabel). A key that is not one of the programme's areas (a city, which
// the area criterion falls back to, or an area since removed) is the participant's own word,
// of no known language.
func areaText(program *core.Record, key, locale string) (label, lang string) {
	label, lang, _ = mentoring.KnownAreaLabel(program, key, locale)
	return label, lang
}

// placeWords is where a participant is, for a reader of locale: their city, then their area in
// the reader's words, marked with its language (areaText); the area is left out when the city
// already names it.
func placeWords(program *core.Record, locale, city, area string) template.HTML {
	return newValueLabels(nil, locale, program).place(city, area)
}
