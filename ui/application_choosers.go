package ui

import (
	"slices"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// choiceOption is one choice of a select or checkbox group.
type choiceOption struct {
	Value, Label string
	Checked      bool
	Lang         string // of a label in the programme's words, when it is not the page's (own_words.go)
}

// chooser is a select or a checkbox group with its translated label and error.
type chooser struct {
	Name, Label, Hint, Error string
	Options                  []choiceOption
	Required                 bool // the form says so next to the label
}

// requiredChoosers are the choices an application cannot go without, as
// mentoring.ApplicationForm's validation demands them (the area only when the programme
// offers areas: without options the chooser is not shown).
var requiredChoosers = map[string]bool{"area": true, "languages": true, "meeting_modes": true}

// spokenLanguages are the languages offered on the forms and the filters (a common subset of
// the schema's ISO 639-1 codes, the programme languages first), named by spokenLanguageName.
var spokenLanguages = []string{"en", "fr", "sv", "de", "es", "it", "pt", "nl", "da", "no", "fi", "pl",
	"ru", "uk", "tr", "ar", "fa", "so", "ti", "zh"}

// tagFields says which tag vocabulary each tag field of the forms chooses from.
var tagFields = map[string]string{
	"industry": kernel.TagIndustry, "job_function": kernel.TagJobFunction, "skills": kernel.TagSkill,
	"development_areas": kernel.TagSkill, "interests": kernel.TagInterest,
	"industries": kernel.TagIndustry, "job_functions": kernel.TagJobFunction,
}

// chooserLabels are the labels of the choosers of the forms.
var chooserLabels = map[string]string{
	"industry": "application.field.industry", "job_function": "application.field.job_function",
	"skills": "application.field.skills", "development_areas": "application.field.development_areas",
	"interests": "application.field.interests", "area": "application.field.area",
	"languages": "application.field.languages", "meeting_modes": "application.field.meeting_modes",
	"industries": "application.field.industries", "job_functions": "application.field.job_functions",
}

// chooserHints explain the optional choosers whose use is not obvious: the matching compares
// them with the mentor's answers.
var chooserHints = map[string]string{
	"industries": "application.field.industries_hint", "job_functions": "application.field.job_functions_hint",
}

// formChoosers builds every select and checkbox group of role's form for program, in the
// viewer's language, with what in has chosen and the errors beside them.
func formChoosers(e *core.RequestEvent, program *core.Record, in applicationInput, errs map[string]string) (map[string]chooser, error) {
	locale := requestLocale(e)
	tags, err := programTags(e.App, program.Id)
	if err != nil {
		return nil, err
	}
	chosen := func(name, value string) bool {
		return in.Single[name] == value || slices.Contains(in.Multi[name], value)
	}
	out := map[string]chooser{}
	add := func(name string, values, labels, langs []string) {
		c := chooser{Name: name, Label: translate(e, chooserLabels[name]), Error: errs[name], Required: requiredChoosers[name]}
		if key, ok := chooserHints[name]; ok {
			c.Hint = translate(e, key)
		}
		for i, v := range values {
			c.Options = append(c.Options, choiceOption{Value: v, Label: labels[i], Checked: chosen(name, v), Lang: langs[i]})
		}
		out[name] = c
	}
	for _, name := range append(singleFields[in.Role], multiFields[in.Role]...) {
		kind, isTag := tagFields[name]
		switch {
		case isTag:
			var ids, labels, langs []string
			for _, t := range tags[kind] {
				label, lang := tagText(t, locale)
				ids, labels, langs = append(ids, t.Id), append(labels, label), append(langs, lang)
			}
			add(name, ids, labels, langs)
		case name == "area":
			keys, labels, langs := areaChoices(program, locale)
			add(name, keys, labels, langs)
		case name == "languages":
			add(name, spokenLanguages, spokenLanguageNames(locale, spokenLanguages), make([]string, len(spokenLanguages)))
		case name == "meeting_modes":
			add(name, kernel.MeetingModes, modeNames(locale, kernel.MeetingModes), make([]string, len(kernel.MeetingModes)))
		}
	}
	return out, nil
}

// programTags returns the tags every programme offers plus program's own, by kind, sorted by
// their English label so the lists keep one order.
func programTags(app core.App, programID string) (map[string][]*core.Record, error) {
	records, err := app.FindRecordsByFilter(kernel.CollectionTags, "program = '' || program = {:p}", "label_en,key", 0, 0,
		dbx.Params{"p": programID})
	if err != nil {
		return nil, err
	}
	byKind := map[string][]*core.Record{}
	for _, r := range records {
		byKind[r.GetString("kind")] = append(byKind[r.GetString("kind")], r)
	}
	return byKind, nil
}
