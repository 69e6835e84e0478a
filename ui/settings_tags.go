package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/mentoring"
)

// settingsBlankTags is how many empty rows the tags form offers for new tags.
const settingsBlankTags = 3

// tagsView is the tags page: the programme's own tags and rows for new ones.
type tagsView struct {
	programHeading
	Rows       []tagFormRow
	Kinds      []string
	KindLabels map[string]string
	Locales    []string
}

// tagFormRow is one row of the tags form, numbered from 1 like its fields' names.
type tagFormRow struct {
	N int
	mentoring.TagRow
}

// tagKindLabels are the catalog keys of the tag vocabularies' names.
var tagKindLabels = map[string]string{
	"skill": "settings.tags.kind.skill", "industry": "settings.tags.kind.industry",
	"job_function": "settings.tags.kind.job_function", "interest": "settings.tags.kind.interest",
}

// settingsTags lists the programme's own tags with a label per language, to edit.
func (s *server) settingsTags(e *core.RequestEvent) error {
	program, ok := managedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	tags, err := mentoring.ProgramTags(e.App, program.Id)
	if err != nil {
		return err
	}
	rows := make([]mentoring.TagRow, 0, len(tags))
	for _, t := range tags {
		row := mentoring.TagRow{ID: t.Id, Kind: t.GetString("kind"), Key: t.GetString("key"), Labels: map[string]string{}}
		for _, lang := range i18n.Locales {
			row.Labels[lang] = t.GetString("label_" + lang)
		}
		rows = append(rows, row)
	}
	return s.renderTags(e, http.StatusOK, program, rows, nil)
}

func (s *server) renderTags(e *core.RequestEvent, status int, program *core.Record, rows []mentoring.TagRow, errs map[string]string) error {
	p := newPage(e, "settings.tags.title")
	if errs != nil {
		p.Errors = errs
	}
	v := tagsView{programHeading: headingOf(program, requestLocale(e)), Kinds: mentoring.TagKinds,
		KindLabels: tagKindLabels, Locales: i18n.Locales}
	for i, r := range append(rows, make([]mentoring.TagRow, settingsBlankTags)...) {
		v.Rows = append(v.Rows, tagFormRow{N: i + 1, TagRow: r})
	}
	p.Data = v
	return s.render(e, status, "settings_tags", p)
}
