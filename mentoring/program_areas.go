package mentoring

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// Area is one geographic area a programme offers: Key is what applications store (and the
// label in the programme's first language), Labels its name in other languages.
type Area struct {
	Key    string
	Labels map[string]string
}

// ProgramAreas are the programme's areas in its order, with their labels per language. The
// Labels maps are shared between calls: read them, never write them.
func ProgramAreas(program *core.Record) []Area {
	return slices.Clone(sharedAreas(program))
}

// sharedAreas is ProgramAreas without the copy, the slice itself shared between calls
// (parsedAreas), for the readers here that only range over it: KnownAreaLabel runs for
// every area a directory page names.
func sharedAreas(program *core.Record) []Area {
	raw, rawLabels := program.GetString("areas"), program.GetString("area_labels")
	if areas, ok := parsedAreas.find(program.Id, raw, rawLabels); ok {
		return areas
	}
	var keys []string
	if err := json.Unmarshal([]byte(raw), &keys); err != nil {
		return nil
	}
	labels := map[string]map[string]string{}
	_ = json.Unmarshal([]byte(rawLabels), &labels)
	areas := make([]Area, 0, len(keys))
	for _, k := range keys {
		areas = append(areas, Area{Key: k, Labels: labels[k]})
	}
	parsedAreas.keep(program.Id, raw, rawLabels, areas)
	return areas
}

// CodeAreasFormat refuses areas that are not a list of names, or labels that are not names
// per language keyed by area; it is a catalog key.
const CodeAreasFormat = "settings.error.areas_format"

// CheckAreas refuses areas that are not a list of distinct names and area labels that are
// not {area: {language: label}}, whoever saves the programme: applications store the name,
// so two areas of one name could not be told apart.
func CheckAreas(program *core.Record) *kernel.Error {
	var keys []string
	if err := program.UnmarshalJSONField("areas", &keys); err != nil {
		return kernel.RefuseField("areas", CodeAreasFormat)
	}
	var labels map[string]map[string]string
	if err := program.UnmarshalJSONField("area_labels", &labels); err != nil {
		return kernel.RefuseField("area_labels", CodeAreasFormat)
	}
	seen := map[string]bool{}
	for _, k := range keys {
		if strings.TrimSpace(k) == "" {
			return kernel.RefuseField("areas", CodeAreasFormat)
		}
		if seen[k] {
			return kernel.RefuseField("areas", CodeSettingsAreas, "area", k)
		}
		seen[k] = true
	}
	return nil
}

// AreaLabel is how a reader of locale names the area key: its label in their language, else
// the key, which is the programme's first language; lang is the language of the label.
func AreaLabel(program *core.Record, key, locale string) (label, lang string) {
	label, lang, known := KnownAreaLabel(program, key, locale)
	if !known {
		return key, kernel.ProgramLanguage(program)
	}
	return label, lang
}

// KnownAreaLabel is AreaLabel, reading the programme's areas once, for a key that is one of
// them (known); another is returned as it is, of no language: the directory names eighty
// areas a page.
func KnownAreaLabel(program *core.Record, key, locale string) (label, lang string, known bool) {
	for _, a := range sharedAreas(program) {
		if a.Key != key {
			continue
		}
		known = true
		if a.Labels[locale] != "" {
			return a.Labels[locale], locale, true
		}
	}
	if !known {
		return key, "", false
	}
	return key, kernel.ProgramLanguage(program), true
}
