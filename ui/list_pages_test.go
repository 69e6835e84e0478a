package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/mentorbase/mentorbase/apptest"
)

// The coordinators' lists show fifty rows a page, with links to the pages around that keep
// the filters, and the same number of queries on any page.
func TestTheCoordinatorsListsComeAPageAtATime(t *testing.T) {
	t.Parallel()
	app := newApp(t)
	coord := apptest.Build(t, app).Person("coord@example.org", "Camille Coord", "en")
	program := createProgram(t, app, "large", "Large programme", true, coord.Id)
	fillLargeProgramme(t, app, program.Id, 70, 80, 70)
	handler := newHandler(t, app)
	headers := map[string]string{"Cookie": cookies(t, coord)}
	for _, c := range []struct {
		url       string
		rows      int
		want, not []string
	}{
		{"/coordinate/large/applications", 50, []string{"Applications found: 150", "1–50 of 150 (page 1 of 3)",
			`href="/coordinate/large/applications?page=2"`, `<nav class="pager" aria-label="Pages">`,
			`<a href="/coordinate/large/applications" aria-current="page" aria-label="Page 1, current page">1</a>`,
			`<a href="/coordinate/large/applications?page=3" aria-label="Page 3">3</a>`}, []string{`rel="prev"`}},
		{"/coordinate/large/applications?role=mentee&status=waitlisted&area=Nord&language=sv&page=1", 20,
			[]string{"Applications found: 20"}, []string{`class="pager"`}},
		{"/coordinate/large/applications?role=mentee&page=2", 30, []string{"51–80 of 80 (page 2 of 2)",
			`href="/coordinate/large/applications?role=mentee"`}, []string{`rel="next"`}},
		{"/coordinate/large/pairs", 50, []string{"1–50 of 70 (page 1 of 2)", `href="/coordinate/large/pairs?page=2"`}, nil},
		{"/coordinate/large/pairs?page=2", 20, []string{"51–70 of 70 (page 2 of 2)", `id="pairs-history"`}, nil},
		{"/coordinate/large/pairs?status=closed", 3, []string{"status-closed"}, []string{`class="pager"`, "status-declined"}},
	} {
		body := do(handler, http.MethodGet, c.url, nil, headers).Body.String()
		rows := strings.Count(body, `<tr id="row-`) + strings.Count(body, `<tr id="pair-`)
		if rows != c.rows {
			t.Errorf("%s: %d rows, want %d", c.url, rows, c.rows)
		}
		for _, w := range c.want {
			if !strings.Contains(body, strings.ReplaceAll(w, "&", "&amp;")) {
				t.Errorf("%s does not say %q", c.url, w)
			}
		}
		for _, n := range c.not {
			if strings.Contains(body, n) {
				t.Errorf("%s says %q", c.url, n)
			}
		}
	}
	for _, list := range []string{"/coordinate/large/applications", "/coordinate/large/pairs"} {
		count := func(url string) int {
			return len(apptest.Queries(app, func() { do(handler, http.MethodGet, url, nil, headers) }))
		}
		first, last := count(list), count(list+"?page=2")
		t.Logf("%s: %d queries a page", list, first)
		const ceiling = 12
		if first != last || first > ceiling {
			t.Errorf("%s: %d queries on the first page, %d on the last, want the same and at most %d", list, first, last, ceiling)
		}
	}
	// The report counts with aggregates: one query per evaluation question and a few more,
	// whatever the number of records.
	status := 0
	n := len(apptest.Queries(app, func() { status = do(handler, http.MethodGet, "/coordinate/large/report", nil, headers).Code }))
	t.Logf("the report: %d queries", n)
	if status != http.StatusOK || n > 32 {
		t.Errorf("the report of 150 applications and 70 pairs answered %d after %d queries, want 200 after at most 32", status, n)
	}
}
