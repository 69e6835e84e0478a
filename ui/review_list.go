package ui

import (
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/search"

	"github.com/mentorbase/mentorbase/kernel"
)

// reviewFilter is the coordinator's choice of applications: by role, status, area, language
// and a text search.
type reviewFilter struct{ Role, Status, Area, Language, Query string }

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
// time.
func (s *server) reviewList(e *core.RequestEvent) error {
	program, ok := coordinatedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	q := e.Request.URL.Query()
	f := reviewFilter{q.Get("role"), q.Get("status"), q.Get("area"), q.Get("language"), strings.TrimSpace(q.Get("q"))}
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
	p.Data = struct {
		Program          programCard
		Filter           reviewFilter
		Rows             []reviewRow
		Pager            pager
		Areas, Languages chooser
		Roles, Statuses  []filterOption
	}{newProgramCard(program, requestLocale(e), time.Now()), f, rows, newPager(e.Request.URL.Path, q, pageNumber(q), total), form["area"], form["languages"],
		filterOptions(applicationRoleKeys, kernel.RoleMentor, kernel.RoleMentee),
		filterOptions(applicationStatusKeys, kernel.ApplicationSubmitted, kernel.ApplicationApproved, kernel.ApplicationWaitlisted,
			kernel.ApplicationRejected, kernel.ApplicationWithdrawn)}
	return s.render(e, http.StatusOK, "review_list", p)
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
	result, err := search.NewProvider(resolver).Query(app.RecordQuery(collection).AndWhere(where)).
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
