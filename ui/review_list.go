package ui

import (
	"html/template"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// reviewFilter is the coordinator's choice of applications: by role, status, area, language,
// a text search, and only the incomplete ones (imported and not yet confirmed, or without
// consent, languages or meeting modes).
type reviewFilter struct {
	Role, Status, Area, Language, Query string
	Incomplete                          bool
}

// reviewRow is one application in the coordinator's list, its cells written in Go once
// (role, status, the day it came and the tick box's label in the reader's language): the
// template's t and date calls, four a row, were a fifth of the page's time.
type reviewRow struct {
	ID, Name, Role, Status, Area, City, Summary, Submitted, SelectLabel string
}

// searchedFields are the answers the text search looks into, with the applicant's name and
// e-mail address.
var searchedFields = []string{"user.name", "user.email", "organisation", "study_programme", "education",
	"city", "bio", "motivation", "expectations", "contribution", "availability", "other_wishes"}

// reviewList is the coordinator's list of a programme's applications, filtered, a page at a
// time, with the form deciding on many at once.
func (s *server) reviewList(e *core.RequestEvent) error {
	program, ok := s.readCoordinatedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	return s.renderReviewList(e, http.StatusOK, program, e.Request.URL.Query(), nil)
}

// renderReviewList renders the list for the filters of q, with errs beside the fields of the
// decision form and what was typed in it kept.
func (s *server) renderReviewList(e *core.RequestEvent, status int, program *core.Record, q url.Values, errs map[string]string) error {
	f := reviewFilter{q.Get("role"), q.Get("status"), q.Get("area"), q.Get("language"), strings.TrimSpace(q.Get("q")), q.Get("incomplete") != ""}
	rows, total, err := s.findApplications(e.App, program.Id, f, pageNumber(q), requestLocale(e))
	if err != nil {
		return err
	}
	locale := requestLocale(e)
	areas, areaLabels, areaLangs := areaChoices(program, locale)
	areaOptions := filterChoices(areas, areaLabels, f.Area)
	for i := range areaOptions {
		areaOptions[i].Lang = areaLangs[i]
	}
	p := newPage(e, "review.title")
	for k, v := range errs {
		p.Errors[k] = v
	}
	p.Form = formValues(e, "decision", "message")
	p.Data = struct {
		Program programCard
		Filter  reviewFilter
		Rows    []reviewRow
		Table   template.HTML
		Pager   pager
		// The filters' options (optionTags).
		Areas, Languages, Roles, Statuses template.HTML
		Back                              string
	}{newProgramCard(program, locale, time.Now()), f, rows, reviewTable(e.App, program, locale, rows), newPager(e.Request.URL.Path, q, pageNumber(q), total),
		optionTags(locale, areaOptions), optionTags(locale, filterChoices(spokenLanguages, spokenLanguageNames(locale, spokenLanguages), f.Language)),
		optionTags(locale, keyedChoices(locale, workspace.RoleKeys, f.Role, kernel.RoleMentor, kernel.RoleMentee)),
		optionTags(locale, keyedChoices(locale, workspace.ApplicationStatusKeys, f.Status, kernel.ApplicationSubmitted, kernel.ApplicationApproved,
			kernel.ApplicationWaitlisted, kernel.ApplicationRejected, kernel.ApplicationWithdrawn, kernel.ApplicationImported)),
		reviewListPath(program, q)}
	return s.render(e, status, "review_list", p)
}

// reviewTable is the list's rows of applications of program for a reader of locale, written
// here once per page, piece by piece (writeAll): the template's escaping of nine values a row,
// through reflection, was half of the page's time. Ids and slugs are [a-z0-9-], which the
// template's URL escaping keeps as they are. An area is in the reader's words, marked with
// its language, said once a page (valueLabels): reading the programme's areas was a row's
// dearest part.
func reviewTable(app core.App, program *core.Record, locale string, rows []reviewRow) template.HTML {
	slug := program.GetString("slug")
	areas := newValueLabels(app, locale, program)
	var b strings.Builder
	b.Grow(len(rows) * 560)
	w := func(parts ...string) { writeAll(&b, parts...) }
	for _, r := range rows {
		id := htmlText(r.ID)
		w(`<tr id="row-`, id, `">
    <td><input type="checkbox" name="ids" value="`, id, `" id="select-`, id, `" form="bulk-form" aria-label="`, htmlText(r.SelectLabel), `"></td>
    <td><a href="/coordinate/`, htmlText(slug), `/applications/`, id, `">`, htmlText(r.Name), `</a></td>
    <td>`, htmlText(r.Role), `</td>
    <td>`, htmlText(r.Status), `</td>
    <td>`)
		if r.Area != "" {
			w(string(areas.label(areaValue, r.Area)))
		}
		if r.Area != "" && r.City != "" {
			w(", ")
		}
		w(htmlText(r.City), `</td>
    <td>`, htmlText(r.Summary), `</td>
    <td>`, htmlText(r.Submitted), `</td>
  </tr>`)
	}
	return template.HTML(b.String())
}

// reviewListPath is the address of the list with the filters and page of q.
func reviewListPath(program *core.Record, q url.Values) string {
	path := "/coordinate/" + program.GetString("slug") + "/applications"
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	return path
}
