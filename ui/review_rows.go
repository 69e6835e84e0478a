package ui

import (
	"slices"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/search"
	"github.com/pocketbase/pocketbase/tools/types"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// applicationRead is what the coordinators' list reads of an application and its applicant:
// the columns it shows, where whole records (every answer, the applicant's account) were most
// of the page's time at 10,000 applications. Its fields are in the order of
// applicationColumns.
type applicationRead struct {
	ID, Name, Role, Status, Area, City, Organisation, StudyProgramme string
	Created                                                          types.DateTime
}

// scan reads the row at rows into r, column by column: dbx's All matched each column to a
// field by reflection, a third of the list's query's allocations.
func (r *applicationRead) scan(rows *dbx.Rows) error {
	return rows.Scan(&r.ID, &r.Name, &r.Role, &r.Status, &r.Area, &r.City, &r.Organisation, &r.StudyProgramme, &r.Created)
}

// applicationColumns are the columns of applicationRead, the applicant's name included.
var applicationColumns = []string{"applications.id", "applicant.name AS name", "applications.role", "applications.status",
	"applications.area", "applications.city", "applications.organisation", "applications.study_programme", "applications.created"}

// findApplications returns the page of the programme's applications matching f, oldest first
// (the order they arrived in), said in locale, and how many match in all: one query for the page with its
// applicants, the filtering and paging done by SQL, and the count kept (applicationCounts).
func (s *server) findApplications(app core.App, programID string, f reviewFilter, page int, locale string) ([]reviewRow, int, error) {
	collection, err := app.FindCachedCollectionByNameOrId(kernel.CollectionApplications)
	if err != nil {
		return nil, 0, err
	}
	resolver := core.NewRecordFieldResolver(app, collection, nil, true)
	filter, params := applicationsFilter(programID, f)
	where, err := search.FilterData(filter).BuildExpr(resolver, params)
	if err != nil {
		return nil, 0, err
	}
	query := app.DB().Select(applicationColumns...).From(kernel.CollectionApplications).
		InnerJoin(kernel.CollectionUsers+" applicant", dbx.NewExp("[[applicant.id]] = [[applications.user]]")).
		AndWhere(where)
	// The count is taken before the join on the applicant, which it does not need.
	count := app.DB().Select("COUNT(DISTINCT [[applications._rowid_]])").From(kernel.CollectionApplications).AndWhere(where)
	if err := resolver.UpdateQuery(query); err != nil {
		return nil, 0, err
	}
	if err := resolver.UpdateQuery(count); err != nil {
		return nil, 0, err
	}
	total, err := s.applicationCounts.get(programID+"\x00"+filter+"\x00"+f.Role+"\x00"+f.Status+"\x00"+f.Area+"\x00"+f.Language+"\x00"+f.Query,
		func() (int, error) {
			n := 0
			err := count.Distinct(false).Row(&n)
			return n, err
		})
	if err != nil {
		return nil, 0, err
	}
	read, err := scannedRows[applicationRead](query.OrderBy("applications.created ASC", "applications.id ASC").
		Limit(listPageSize).Offset(int64((page-1)*listPageSize)), listPageSize)
	if err != nil {
		return nil, 0, err
	}
	rows := make([]reviewRow, len(read))
	for i, r := range read {
		summary := r.Organisation
		if r.Role == kernel.RoleMentee {
			summary = r.StudyProgramme
		}
		rows[i] = reviewRow{r.ID, r.Name, messages.Catalog.T(locale, workspace.RoleKeys[r.Role]),
			messages.Catalog.T(locale, workspace.ApplicationStatusKeys[r.Status]), r.Area, r.City, summary, dateText(r.Created.Time()),
			messages.Catalog.T(locale, "intake.bulk.select", "name", r.Name)}
	}
	return rows, total, nil
}

// applicationsFilter is the PocketBase filter choosing the programme's applications that f
// asks for, with its parameters.
func applicationsFilter(programID string, f reviewFilter) (string, dbx.Params) {
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
	if _, ok := workspace.ApplicationStatusKeys[f.Status]; ok {
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
	return strings.Join(expr, " && "), params
}

// filterChoices are the options of one of the list's filters, chosen selected.
func filterChoices(values, labels []string, chosen string) []choiceOption {
	out := make([]choiceOption, len(values))
	for i, v := range values {
		out[i] = choiceOption{Value: v, Label: labels[i], Checked: v == chosen}
	}
	return out
}
