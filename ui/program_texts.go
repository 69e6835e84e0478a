package ui

import (
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
