package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/mentorbase/mentorbase/apptest"
)

// The coordinators' applications list and events page find a programme's applications
// through an index, in the list's order: never by reading every application of the
// programme and sorting them, nor counting their distinct ids (rather than rowids, which the
// index holds), each of which cost a quarter of a second a page at 10,000 applications. SQLite plans alike whatever the number of rows (no ANALYZE statistics), so a
// small programme shows the plan of a large one.
func TestTheApplicationsAreReadThroughIndexes(t *testing.T) {
	t.Parallel()
	app := newApp(t)
	coord := apptest.Build(t, app).Person("coord@example.org", "Camille Coord", "en")
	program := createProgram(t, app, "large", "Large programme", true, coord.Id)
	fillLargeProgramme(t, app, program.Id, 20, 20, 10)
	handler := newHandler(t, app)
	headers := map[string]string{"Cookie": cookies(t, coord)}
	for _, url := range []string{"/coordinate/large/applications", "/coordinate/large/applications?role=mentee&status=approved&page=2",
		"/coordinate/large/events"} {
		for _, sql := range apptest.Queries(app, func() { do(handler, http.MethodGet, url, nil, headers) }) {
			plain := strings.NewReplacer("`", "", "[[", "", "]]", "").Replace(sql)
			if !strings.HasPrefix(sql, "SELECT") || !strings.Contains(plain, "FROM applications") {
				continue
			}
			if strings.Contains(plain, "COUNT(DISTINCT applications.id)") {
				t.Errorf("%s counts distinct ids, which reads every application whole: %s", url, sql)
			}
			var plan []struct {
				Detail string `db:"detail"`
			}
			if err := app.DB().NewQuery("EXPLAIN QUERY PLAN " + sql).All(&plan); err != nil {
				t.Fatalf("%s: %v", sql, err)
			}
			for _, step := range plan {
				if strings.HasPrefix(step.Detail, "SCAN applications") || strings.Contains(step.Detail, "TEMP B-TREE FOR ORDER BY") {
					t.Errorf("%s: %s\n%s", url, step.Detail, sql)
				}
			}
		}
	}
}
