package ui

import (
	"html/template"
	"slices"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/internal/matching"
)

// valueLabels names the values a page's scores and cards show — tags, areas, spoken
// languages, meeting modes — in one reader's words, each escaped and marked with its
// language once for the page: a directory page names some six hundred values, forty of
// them different, and looking each up again (the tags, the programme's areas) and marking it
// was a fifth of the page's time. It lives as long as the page, so it never outlives a change.
type valueLabels struct {
	app     core.App
	locale  string
	program *core.Record
	// marked holds the labels made, by kind then value: maps keyed by a string alone are
	// looked up on the runtime's fast path, which a struct key missed (three times the time).
	marked [valueKinds]map[string]template.HTML
	// sides holds, by criterion, the last mentee's side listed: a directory page explains one
	// mentee twenty times.
	sides map[string]listedSide
}

// listedSide is a list of values and their labels (list).
type listedSide struct {
	values []string
	html   template.HTML
}

// valueKind is what a value names, which says how to label it.
type valueKind uint8

const (
	tagValue valueKind = iota
	areaValue
	languageValue
	modeValue
	valueKinds // how many kinds there are
)

// newValueLabels labels values of program for a reader of locale.
func newValueLabels(app core.App, locale string, program *core.Record) *valueLabels {
	return &valueLabels{app: app, locale: locale, program: program}
}

// criterionValues is the kind of the values a matching criterion names.
func criterionValues(criterion string) valueKind {
	switch criterion {
	case matching.CriterionLanguages, matching.CriterionEnglish:
		return languageValue
	case matching.CriterionMeetingModes:
		return modeValue
	case matching.CriterionArea:
		return areaValue
	default:
		return tagValue
	}
}

// label is value the way the reader reads it, escaped, marked with its language when it is
// not the page's (i18n.Marked): a tag's label (its id when unknown), an area's (areaText), a
// language's or a meeting mode's name.
func (l *valueLabels) label(kind valueKind, value string) template.HTML {
	if h, ok := l.marked[kind][value]; ok {
		return h
	}
	var text, lang string
	switch kind {
	case languageValue:
		text = spokenLanguageName(l.locale, value)
	case modeValue:
		text = modeName(l.locale, value)
	case areaValue:
		text, lang = areaText(l.program, value, l.locale)
	default:
		text, lang = tagIDText(l.app, l.locale, value)
	}
	h := i18n.Marked(l.locale, text, lang)
	if l.marked[kind] == nil {
		l.marked[kind] = map[string]template.HTML{}
	}
	l.marked[kind][value] = h
	return h
}

// list is label of each value, comma-separated (ownWords).
func (l *valueLabels) list(kind valueKind, values []string) template.HTML {
	switch len(values) {
	case 0:
		return ""
	case 1:
		return l.label(kind, values[0])
	}
	var b strings.Builder
	for i, value := range values {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(l.label(kind, value)))
	}
	return template.HTML(b.String())
}

// menteeSide is list of the mentee's values for criterion, kept for the next score of the
// same mentee.
func (l *valueLabels) menteeSide(criterion string, kind valueKind, values []string) template.HTML {
	if kept, ok := l.sides[criterion]; ok && slices.Equal(kept.values, values) {
		return kept.html
	}
	h := l.list(kind, values)
	if l.sides == nil {
		l.sides = map[string]listedSide{}
	}
	l.sides[criterion] = listedSide{values, h}
	return h
}

// place is where a participant is (placeWords).
func (l *valueLabels) place(city, area string) template.HTML {
	city = strings.TrimSpace(city)
	switch {
	case area == "" || sameName(city, area):
		return template.HTML(htmlText(city))
	case city == "":
		return l.label(areaValue, area)
	}
	return template.HTML(htmlText(city) + ", " + string(l.label(areaValue, area)))
}
