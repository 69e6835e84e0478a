package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
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

// The report of each demo programme counts what its coordinator reads through the REST API —
// every step of the funnel, the meetings, the check-ins, the early and normal endings and the
// closing evaluations — and each CSV export holds one row per record the coordinator reads.
func TestTheDemoReportAndExportsMatchTheRESTAPI(t *testing.T) {
	app := apptest.New(t)
	if _, _, err := loadDemo(app, time.Now()); err != nil {
		t.Fatal(err)
	}
	addDemoActivity(t, app)
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
		// a pair closed before the programme's last week ended early
		lastWeek := program.GetDateTime("ends_at").Time().AddDate(0, 0, -7).UTC().Format("2006-01-02 15:04:05.000Z")
		for _, c := range []struct {
			what      string
			got, want int
		}{
			{"mentees who applied", r.Funnel.Applied, count("applications", " && role = 'mentee'")},
			{"approved mentees", r.Funnel.Approved, count("applications", " && role = 'mentee' && status = 'approved'")},
			{"mentors who applied", r.MentorsApplied, count("applications", " && role = 'mentor'")},
			{"pairs that started", r.Funnel.Matched, count("matches", " && (status = 'active' || status = 'closed')")},
			{"agreements confirmed", r.Funnel.Agreement, count("matches", " && (status = 'active' || status = 'closed')"+
				" && agreement.confirmed.mentor > '' && agreement.confirmed.mentee > ''")},
			{"pairs that met", r.Funnel.FirstMeeting, count("matches", " && (status = 'active' || status = 'closed') && meetings_via_match.status ?= 'held'")},
			{"meetings held", r.MeetingsTotal, restCount(t, handler, token, "meetings", "match.program = '"+program.Id+"' && status = 'held'")},
			{"programme feedback", r.Forms[3].Submitted, count("evaluations", " && kind = 'program_feedback' && submitted_at != ''")},
			{"pairs with a mid-programme check-in", r.Funnel.CheckIn, count("matches", " && (status = 'active' || status = 'closed')"+
				" && evaluations_via_match.kind ?= 'midpoint'")},
			{"pairs ended normally", r.Funnel.EndedNormally, count("matches", " && status = 'closed' && ended_at >= '"+lastWeek+"'")},
			{"pairs ended early", len(r.EndedEarly), count("matches", " && status = 'closed' && ended_at < '"+lastWeek+"'")},
			{"ended pairs", r.Closing.Closed, count("matches", " && status = 'closed'")},
			{"closing evaluations", 2*r.Closing.Both + r.Closing.One, count("evaluations", " && kind = 'final' && submitted_at != ''")},
		} {
			if c.got != c.want {
				t.Errorf("%s, %s: the report says %d, the REST API %d", p.slug, c.what, c.got, c.want)
			}
		}
		if p.matchingMode == "self_service" && (r.Funnel.Matched != demoPairCount || r.Funnel.Agreement != 1 ||
			r.MeetingsTotal != 1 || r.MinutesSpent != 50 || r.Satisfaction.Rated != 1) {
			t.Errorf("%s: the report counts %d pairs, %d agreements, %d meetings of %d minutes and %d ratings; want %d, 1, 1, 50, 1",
				p.slug, r.Funnel.Matched, r.Funnel.Agreement, r.MeetingsTotal, r.MinutesSpent, r.Satisfaction.Rated, demoPairCount)
		}
		if p.matchingMode == "self_service" && (r.Funnel.CheckIn != 1 || len(r.EndedEarly) != 1 || r.Closing.One != 1 ||
			r.EndedEarly[0].Reason != "Moved abroad" || r.EndedEarly[0].EndedBy != "mentee") {
			t.Errorf("%s: the report counts %d check-ins, the early endings %+v and closing evaluations %+v; want 1, one by the mentee who moved abroad, one half",
				p.slug, r.Funnel.CheckIn, r.EndedEarly, r.Closing)
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
			// The statuses too, with the portal's words: "Acceptée", "En cours", not the codes
			// (a programme without pairs has none to say).
			if word := map[string]string{"applications": "Acceptée", "pairs": "En cours"}[what]; word != "" && len(rows) > 1 &&
				!slices.ContainsFunc(rows[1:], func(row []string) bool { return slices.Contains(row, word) }) {
				t.Errorf("%s %s: no status reads %q", p.slug, what, word)
			}
		}
	}
}

// --output writes the same file to disk instead of standard output.
func TestExportWritesTheFileAsked(t *testing.T) {
	app := apptest.New(t)
	if _, _, err := loadDemo(app, time.Now()); err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	path := filepath.Join(t.TempDir(), "events.csv")
	if err := runExport(app, &stdout, demoPrograms[0].slug, "events", "sv", path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil || stdout.Len() > 0 || !bytes.HasPrefix(data, []byte("\ufeffPost-id,Typ,Titel")) || bytes.Count(data, []byte("\r\n")) != 3 {
		t.Errorf("--output wrote %q (err %v), and %d bytes to standard output", data, err, stdout.Len())
	}
}

// addDemoActivity gives the first active pair of the demo a held meeting, its mentee's
// mid-programme check-in and programme feedback, and closes another pair of its programme
// early, with one member's final evaluation, so that the report has every step to count.
func addDemoActivity(t *testing.T, app core.App) {
	t.Helper()
	match, err := app.FindFirstRecordByData("matches", "status", "active")
	if err != nil {
		t.Fatal(err)
	}
	mentee, err := app.FindRecordById("applications", match.GetString("mentee"))
	if err != nil {
		t.Fatal(err)
	}
	save := func(collection string, data map[string]any) *core.Record {
		c, err := app.FindCollectionByNameOrId(collection)
		if err != nil {
			t.Fatal(err)
		}
		r := core.NewRecord(c)
		r.Load(data)
		if err := app.Save(r); err != nil {
			t.Fatalf("%s: %v", collection, err)
		}
		return r
	}
	start := time.Now().AddDate(0, 0, -3)
	// a meeting of three days ago, as it stands once its time has passed (apptest.Builder)
	meeting := apptest.Build(t, app).Record("meetings", map[string]any{"match": match.Id, "starts_at": start,
		"ends_at": start.Add(time.Hour), "mode": "video", "status": "confirmed"})
	meeting, err = app.FindRecordById("meetings", meeting.Id)
	if err != nil {
		t.Fatal(err)
	}
	meeting.Load(map[string]any{"status": "held", "minutes_spent": 50})
	if err := app.Save(meeting); err != nil {
		t.Fatal(err)
	}
	save("evaluations", map[string]any{"program": match.GetString("program"), "author": mentee.GetString("user"),
		"kind": "program_feedback", "answers": map[string]any{"rating": 4, "recommend": true}, "submitted_at": time.Now()})
	save("evaluations", map[string]any{"program": match.GetString("program"), "match": match.Id, "author": mentee.GetString("user"),
		"kind": "midpoint", "answers": map[string]any{"met": true, "going": 4}, "submitted_at": time.Now()})
	// Another pair of the programme ends months before the programme does: its mentee moves
	// away, then sends the final evaluation that closing makes due.
	early, err := app.FindFirstRecordByFilter("matches", "status = 'active' && program = {:program} && id != {:id}",
		map[string]any{"program": match.GetString("program"), "id": match.Id})
	if err != nil {
		t.Fatal(err)
	}
	leaving, err := app.FindRecordById("applications", early.GetString("mentee"))
	if err != nil {
		t.Fatal(err)
	}
	if err := workspace.CloseMatch(app, leaving.GetString("user"), early.Id, "Moved abroad"); err != nil {
		t.Fatal(err)
	}
	if _, err := workspace.SubmitEvaluation(app, leaving.GetString("user"), early.Id, "final",
		map[string]string{"useful": "3", "goals_reached": "no"}); err != nil {
		t.Fatal(err)
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
