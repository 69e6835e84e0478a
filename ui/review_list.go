package ui

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/search"

	"github.com/mentorbase/mentorbase/kernel"
)

// reviewFilter is the coordinator's choice of applications: by role, status, area, language,
// a text search, and only the incomplete ones (imported and not yet confirmed, or without
// consent, languages or meeting modes).
type reviewFilter struct {
	Role, Status, Area, Language, Query string
	Incomplete                          bool
}

// reviewRow is one application in the coordinator's list.
type reviewRow struct {
	ID, Name, Role, Status, Area, City, Summary string
	Submitted                                   time.Time
}

// searchedFields are the answers the text search looks into, with the applicant's name and
// e-mail address.
var searchedFields = []string{"user.name", "user.email", "organisation", "study_programme", "education",
	"city", "bio", "motivation", "expectations", "contribution", "availability", "other_wishes"}

// reviewList is the coordinator's list of a programme's applications, filtered, a page at a
// time, with the form deciding on many at once.
func (s *server) reviewList(e *core.RequestEvent) error {
	program, ok := coordinatedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	return s.renderReviewList(e, http.StatusOK, program, e.Request.URL.Query(), nil)
}

// renderReviewList renders the list for the filters of q, with errs beside the fields of the
// decision form and what was typed in it kept.
func (s *server) renderReviewList(e *core.RequestEvent, status int, program *core.Record, q url.Values, errs map[string]string) error {
	f := reviewFilter{q.Get("role"), q.Get("status"), q.Get("area"), q.Get("language"), strings.TrimSpace(q.Get("q")), q.Get("incomplete") != ""}
	records, total, err := findApplications(e.App, program.Id, f, pageNumber(q))
	if err != nil {
		return err
	}
	rows := make([]reviewRow, 0, len(records))
	for _, r := range records {
		user := r.ExpandedOne("user")
		if user == nil {
			continue
		}
		summary := r.GetString("organisation")
		if r.GetString("role") == kernel.RoleMentee {
			summary = r.GetString("study_programme")
		}
		rows = append(rows, reviewRow{r.Id, user.GetString("name"), applicationRoleKeys[r.GetString("role")],
			applicationStatusKeys[r.GetString("status")], r.GetString("area"), r.GetString("city"), summary,
			r.GetDateTime("created").Time()})
	}
	form, err := formChoosers(e, program, applicationInput{Role: kernel.RoleMentee,
		Single: map[string]string{"area": f.Area}, Multi: map[string][]string{"languages": {f.Language}}}, nil)
	if err != nil {
		return err
	}
	p := newPage(e, "review.title")
	for k, v := range errs {
		p.Errors[k] = v
	}
	p.Form = formValues(e, "decision", "message")
	p.Data = struct {
		Program          programCard
		Filter           reviewFilter
		Rows             []reviewRow
		Pager            pager
		Areas, Languages chooser
		Roles, Statuses  []filterOption
		Back             string
	}{newProgramCard(program, requestLocale(e), time.Now()), f, rows, newPager(e.Request.URL.Path, q, pageNumber(q), total), form["area"], form["languages"],
		filterOptions(applicationRoleKeys, kernel.RoleMentor, kernel.RoleMentee),
		filterOptions(applicationStatusKeys, kernel.ApplicationSubmitted, kernel.ApplicationApproved, kernel.ApplicationWaitlisted,
			kernel.ApplicationRejected, kernel.ApplicationWithdrawn, kernel.ApplicationImported),
		reviewListPath(program, q)}
	return s.render(e, status, "review_list", p)
}

// reviewListPath is the address of the list with the filters and page of q.
func reviewListPath(program *core.Record, q url.Values) string {
	path := "/coordinate/" + program.GetString("slug") + "/applications"
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	return path
}

// findApplications returns the page of the programme's applications matching f, oldest first
// (the order they arrived in), with their applicant, and how many match in all: three queries
// (count, page, applicants), the filtering and paging done by SQL.
func findApplications(app core.App, programID string, f reviewFilter, page int) ([]*core.Record, int, error) {
	expr := []string{"program = {:program}"}
	params := dbx.Params{"program": programID}
	add := func(name, clause, value string) {
		if value != "" {
			expr = append(expr, clause)
			params[name] = value
		}
	}
	if validRole(f.Role) {
		add("role", "role = {:role}", f.Role)
	}
	if _, ok := applicationStatusKeys[f.Status]; ok {
		add("status", "status = {:status}", f.Status)
	}
	add("area", "area = {:area}", f.Area)
	if f.Incomplete {
		expr = append(expr, "(status = {:imported} || consent = false || languages:length = 0 || meeting_modes:length = 0)")
		params["imported"] = kernel.ApplicationImported
	}
	if slices.Contains(spokenLanguages, f.Language) {
		add("language", "languages:each ?= {:language}", f.Language)
	}
	if f.Query != "" {
		var clauses []string
		for _, field := range searchedFields {
			clauses = append(clauses, field+" ~ {:q}")
		}
		add("q", "("+strings.Join(clauses, " || ")+")", f.Query)
	}
	collection, err := app.FindCachedCollectionByNameOrId(kernel.CollectionApplications)
	if err != nil {
		return nil, 0, err
	}
	resolver := core.NewRecordFieldResolver(app, collection, nil, true)
	where, err := search.FilterData(strings.Join(expr, " && ")).BuildExpr(resolver, params)
	if err != nil {
		return nil, 0, err
	}
	records := []*core.Record{}
	// Counted by rowid, which every index holds, as PocketBase's own lists do: the provider's
	// default, the distinct ids, read each of the programme's applications whole to count them.
	result, err := search.NewProvider(resolver).CountCol("_rowid_").Query(app.RecordQuery(collection).AndWhere(where)).
		Sort([]search.SortField{{Name: "created", Direction: search.SortAsc}, {Name: "id", Direction: search.SortAsc}}).
		Page(page).PerPage(listPageSize).Exec(&records)
	if err != nil {
		return nil, 0, err
	}
	for _, err := range app.ExpandRecords(records, []string{"user"}, nil) {
		return nil, 0, err
	}
	return records, result.TotalItems, nil
}
