package ui_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// seedWork is the workspace world (seedPairs) with the pair's own work: pair a held its first
// meeting two days ago and the programme passed its midpoint yesterday; marie (mentor)
// submitted the first-interview evaluation and wrote a private note, sven (mentee, French)
// submitted the mid-programme check-in and wrote a message; the pair has a goal; bob asked
// the coordinators for help. coord reads Swedish; the programme has a contact address.
func seedWork(t testing.TB) *tests.TestApp {
	t.Helper()
	return portalWorld(t, "work", func(t testing.TB, app *tests.TestApp) {
		fillPairs(t, app)
		fillWork(t, app)
	})
}

// fillWork adds the pair's work to the workspace world.
func fillWork(t testing.TB, app *tests.TestApp) {
	t.Helper()
	b := apptest.Build(t, app)
	now := time.Now().UTC()
	program, err := app.FindFirstRecordByData("programs", "slug", "alumni")
	if err != nil {
		t.Fatal(err)
	}
	b.Update(program, map[string]any{"midpoint_at": now.AddDate(0, 0, -1), "contact_email": "team@example.org"})
	for person, locale := range map[string]string{"sven": "fr", "coord": "sv"} {
		b.Update(record(t, app, "users", wid(person)), map[string]any{"locale": locale})
	}
	held := now.AddDate(0, 0, -2)
	b.Meeting(wid("matcha"), wid("marie"), held, "confirmed", map[string]any{"id": wid("pastmeeta"), "mode": "phone"})
	saveWith(t, app, "evaluations", "evalfirst", map[string]any{"match": wid("matcha"), "program": program.Id,
		"author": wid("marie"), "kind": "first_interview", "submitted_at": now,
		"answers": map[string]any{"project_realistic": true, "project_relevant": true, "feedback": "Great CV work", "action_plan": "Call three alumni"}})
	saveWith(t, app, "evaluations", "evalmid", map[string]any{"match": wid("matcha"), "program": program.Id,
		"author": wid("sven"), "kind": "midpoint", "submitted_at": now,
		"answers": map[string]any{"met": true, "going": 2, "tell_us": "Sven midpoint secret"}})
	saveWith(t, app, "notes", "notemarie", map[string]any{"match": wid("matcha"), "author": wid("marie"), "body": "Marie private note"})
	saveWith(t, app, "messages", "msgsven", map[string]any{"match": wid("matcha"), "author": wid("sven"), "body": "Hello from Sven"})
	saveWith(t, app, "goals", "goala", map[string]any{"match": wid("matcha"), "title": "Rewrite the CV", "created_by": wid("sven")})
	saveWith(t, app, "support_requests", "reqbob", map[string]any{"user": wid("bob"), "program": program.Id,
		"topic": "Bob needs advice", "body": "How do I start?", "status": "open"})
}

// workPost is a form post of a scenario table on the work world: person posts body
// (name/value pairs, with the CSRF token) to url; the answer has status and holds want, and
// check, when set, then passes.
type workPost struct {
	name, person, url string
	body              []string
	status            int
	want              []string
	check             func(testing.TB, *tests.TestApp)
}

// testWorkPosts runs posts as ApiScenarios, each on a copy of the work world.
func testWorkPosts(t *testing.T, posts []workPost) {
	t.Helper()
	for _, s := range posts {
		headers, factory := as(seedWork, s.person)
		check := s.check
		(&tests.ApiScenario{Name: s.name, Method: http.MethodPost, URL: s.url, Body: form(true, s.body...), Headers: headers,
			TestAppFactory: factory, ExpectedStatus: s.status, ExpectedContent: s.want,
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if check != nil {
					check(t, app)
				}
			}}).Test(t)
	}
}

// upload is a file for a multipart form.
type upload struct {
	name    string
	content []byte
}

// multipartForm encodes fields (name/value pairs, with the CSRF token) and files under field
// "message_files"; it returns the body and its Content-Type.
func multipartForm(t testing.TB, files []upload, pairs ...string) (*bytes.Buffer, string) {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	fields := append([]string{"csrf", csrf}, pairs...)
	for i := 0; i+1 < len(fields); i += 2 {
		if err := w.WriteField(fields[i], fields[i+1]); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range files {
		part, err := w.CreateFormFile("message_files", f.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := part.Write(f.content); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return &body, w.FormDataContentType()
}

// record returns the record id of collection, failing the test when it is gone.
func record(t testing.TB, app core.App, collection, id string) *core.Record {
	t.Helper()
	r, err := app.FindRecordById(collection, id)
	if err != nil {
		t.Fatalf("%s %s: %v", collection, id, err)
	}
	return r
}
