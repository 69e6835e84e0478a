package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/workspace"
)

// restCount is the number of records of collection matching filter that the holder of token
// reads through the REST API.
func restCount(t *testing.T, handler http.Handler, token, collection, filter string) int {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "/api/collections/"+collection+"/records?perPage=1&filter="+url.QueryEscape(filter), nil)
	req.Header.Set("Authorization", token)
	res := httptest.NewRecorder()
	handler.ServeHTTP(res, req)
	var page struct{ TotalItems int }
	if err := json.Unmarshal(res.Body.Bytes(), &page); err != nil || res.Code != http.StatusOK {
		t.Fatalf("%s?filter=%s: %d %s", collection, filter, res.Code, res.Body)
	}
	return page.TotalItems
}

// restHandler is the application's REST API.
func restHandler(t *testing.T, app core.App) http.Handler {
	t.Helper()
	router, err := apis.NewRouter(app)
	if err != nil {
		t.Fatal(err)
	}
	handler, err := router.BuildMux()
	if err != nil {
		t.Fatal(err)
	}
	return handler
}

// The report of each demo programme counts what its coordinator reads through the REST API,
// and each CSV export holds one row per record the coordinator reads.
func TestTheDemoReportAndExportsMatchTheRESTAPI(t *testing.T) {
	app := apptest.New(t)
	if _, _, err := loadDemo(app, time.Now()); err != nil {
		t.Fatal(err)
	}
	handler := restHandler(t, app)
	for _, p := range demoPrograms {
		program, err := app.FindFirstRecordByData("programs", "slug", p.slug)
		if err != nil {
			t.Fatal(err)
		}
		coord, err := app.FindRecordById("users", program.GetStringSlice("coordinators")[0])
		if err != nil {
			t.Fatal(err)
		}
		token, err := coord.NewAuthToken()
		if err != nil {
			t.Fatal(err)
		}
		count := func(collection, filter string) int {
			return restCount(t, handler, token, collection, "program = '"+program.Id+"'"+filter)
		}
		r, err := workspace.ProgramReport(app, program)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			what      string
			got, want int
		}{
			{"mentees who applied", r.Funnel.Applied, count("applications", " && role = 'mentee'")},
			{"approved mentees", r.Funnel.Approved, count("applications", " && role = 'mentee' && status = 'approved'")},
			{"mentors who applied", r.MentorsApplied, count("applications", " && role = 'mentor'")},
			{"pairs that started", r.Funnel.Matched, count("matches", " && (status = 'active' || status = 'closed')")},
			{"meetings held", r.MeetingsTotal, restCount(t, handler, token, "meetings", "match.program = '"+program.Id+"' && status = 'held'")},
			{"programme feedback", r.Forms[3].Submitted, count("evaluations", " && kind = 'program_feedback' && submitted_at != ''")},
		} {
			if c.got != c.want {
				t.Errorf("%s, %s: the report says %d, the REST API %d", p.slug, c.what, c.got, c.want)
			}
		}
		if p.matchingMode == "self_service" && r.Funnel.Matched != demoPairCount {
			t.Errorf("%s: the report counts %d pairs, the demo made %d", p.slug, r.Funnel.Matched, demoPairCount)
		}
		sources := map[string]int{"applications": count("applications", ""), "pairs": count("matches", ""),
			"meetings":    restCount(t, handler, token, "meetings", "match.program = '"+program.Id+"'"),
			"evaluations": count("evaluations", ""), "events": count("events", "")}
		for what, want := range sources {
			var out bytes.Buffer
			if err := runExport(app, &out, p.slug, what, "fr", ""); err != nil {
				t.Fatalf("%s %s: %v", p.slug, what, err)
			}
			rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out.String(), "\ufeff"))).ReadAll()
			if err != nil || len(rows)-1 != want {
				t.Errorf("%s %s: %d rows (err %v), the coordinator reads %d records", p.slug, what, len(rows)-1, err, want)
			}
			if rows[0][0] != "Identifiant" {
				t.Errorf("%s %s: the headers are not in French: %v", p.slug, what, rows[0])
			}
		}
	}
}

// Bad input gets one line on standard error and status 2.
func TestExportRefusesBadInputInOneLine(t *testing.T) {
	app := apptest.New(t)
	if _, _, err := loadDemo(app, time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"--program", demoPrograms[0].slug, "--what", "notes"}, `no export “notes”`},
		{[]string{"--program", "nowhere", "--what", "pairs"}, `no programme with slug "nowhere"`},
		{[]string{"--what", "pairs"}, "--program SLUG is required"},
		{[]string{"--program", demoPrograms[0].slug, "--what", "pairs", "--lang", "de"}, `--lang "de"`},
		{[]string{"--program", demoPrograms[0].slug, "--colour"}, "unknown flag"},
	} {
		var stdout, stderr bytes.Buffer
		status := 0
		exitProcess, matchStderr = func(code int) { status = code; panic(exitProcess) }, &stderr
		cmd := newExportCmd(app)
		cmd.SetArgs(c.args)
		cmd.SetOut(&stdout)
		func() {
			defer func() { _ = recover() }()
			_ = cmd.Execute()
		}()
		exitProcess, matchStderr = os.Exit, os.Stderr
		if status != 2 || strings.Count(stderr.String(), "\n") != 1 || !strings.Contains(stderr.String(), c.says) || stdout.Len() > 0 {
			t.Errorf("%v: status %d, stderr %q, stdout %d bytes", c.args, status, stderr.String(), stdout.Len())
		}
	}
}
