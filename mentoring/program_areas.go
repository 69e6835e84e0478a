package mentoring

import (
	"github.com/pocketbase/pocketbase/core"
)

// Area is one geographic area a programme offers: Key is what applications store (and the
// label in the programme's first language), Labels its name in other languages.
type Area struct {
	Key    string
	Labels map[string]string
}

// ProgramAreas are the programme's areas in its order, with their labels per language.
func ProgramAreas(program *core.Record) []Area {
	var keys []string
	if err := program.UnmarshalJSONField("areas", &keys); err != nil {
		return nil
	}
	labels := map[string]map[string]string{}
	_ = program.UnmarshalJSONField("area_labels", &labels)
	areas := make([]Area, 0, len(keys))
	for _, k := range keys {
		areas = append(areas, Area{Key: k, Labels: labels[k]})
	}
	return areas
}

// AreaLabel is how a reader of locale names the area key: its label in their language, else
// the key, which is the programme's first language; lang is the language of the label.
func AreaLabel(program *core.Record, key, locale string) (label, lang string) {
	for _, a := range ProgramAreas(program) {
		if a.Key == key && a.Labels[locale] != "" {
			return a.Labels[locale], locale
		}
	}
	return key, ProgramLanguage(program)
}
