package ui_test

import (
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/ui"
)

const (
	appURL   = "http://portal.test"
	password = apptest.Password
	// csrf is the token the test browser holds in its cookie and echoes in its forms.
	csrf = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ"
)

// newApp is a fresh application with the portal bound and a known public address.
func newApp(t testing.TB) *tests.TestApp {
	t.Helper()
	app := apptest.New(t)
	ui.Register(app)
	app.Settings().Meta.AppURL = appURL
	return app
}

// portalWorld is a fresh copy, with the portal bound and a known public address, of the
// world that fill seeds once per test binary under name (see apptest.World).
func portalWorld(t testing.TB, name string, fill func(testing.TB, *tests.TestApp)) *tests.TestApp {
	t.Helper()
	app := apptest.World(t, name, fill)
	ui.Register(app)
	app.Settings().Meta.AppURL = appURL
	return app
}

// createProgram saves the portal tests' programme, running now in English and matched by
// coordinators; coordinators are user ids.
func createProgram(t testing.TB, app core.App, slug, name string, published bool, coordinators ...string) *core.Record {
	t.Helper()
	now := time.Now().UTC()
	return apptest.Build(t, app).Programme(slug, name, map[string]any{
		"summary": name + " in one sentence.", "description": "Meet **once a month** with your mentor.",
		"applications_open_at": now.AddDate(0, -2, 0), "applications_close_at": now.AddDate(0, -1, 0),
		"starts_at": now.AddDate(0, 0, -7), "ends_at": now.AddDate(0, 3, 0),
		"published": published, "coordinators": coordinators,
	})
}

// saveWith saves a record of collection with the fixed id wid(name), so tables can name it.
func saveWith(t testing.TB, app core.App, collection, name string, data map[string]any) *core.Record {
	t.Helper()
	fields := maps.Clone(data)
	fields["id"] = wid(name)
	return apptest.Build(t, app).Record(collection, fields)
}

// cookies is the Cookie header of a browser holding the CSRF token and, for a user, the
// sign-in cookie; extra cookies ("lang=fr") are appended.
func cookies(t testing.TB, user *core.Record, extra ...string) string {
	t.Helper()
	parts := []string{"mb_csrf=" + csrf}
	if user != nil {
		token, err := user.NewAuthToken()
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, "mb_auth="+token)
	}
	return strings.Join(append(parts, extra...), "; ")
}

// as returns the headers of a browser signed in as person ("visitor": nobody) in the world
// that world builds, and a factory that builds a copy of that world and fills the headers in.
// A browser posts forms and holds the CSRF cookie; a person also holds the sign-in cookie for
// the portal and the same session as an Authorization token for the REST API, so one scenario
// table can visit pages and call /api/... as the same person. extra are more header names and
// values; a "Cookie" pair adds a cookie ("lang=fr") to the browser's instead of replacing them.
func as(world func(testing.TB) *tests.TestApp, person string, extra ...string) (map[string]string, func(testing.TB) *tests.TestApp) {
	// The factory fills in only the session, so a header the test sets on the map after
	// this call (a multipart Content-Type) stands.
	headers := map[string]string{"Content-Type": "application/x-www-form-urlencoded"}
	var more []string
	for i := 0; i+1 < len(extra); i += 2 {
		if extra[i] == "Cookie" {
			more = append(more, extra[i+1])
		} else {
			headers[extra[i]] = extra[i+1]
		}
	}
	return headers, func(t testing.TB) *tests.TestApp {
		app := world(t)
		user := findPerson(t, app, person)
		headers["Cookie"] = cookies(t, user, more...)
		if user != nil {
			token, err := user.NewAuthToken()
			if err != nil {
				t.Fatal(err)
			}
			headers["Authorization"] = token
		}
		return app
	}
}

// findPerson is the user a world knows as key, nil for "visitor". The worlds whose tables
// name records save people under the fixed id wid(key); the others under key@example.org.
func findPerson(t testing.TB, app core.App, key string) *core.Record {
	t.Helper()
	if key == "visitor" {
		return nil
	}
	if len(key) <= 15 {
		if user, err := app.FindRecordById("users", wid(key)); err == nil {
			return user
		}
	}
	user, err := app.FindAuthRecordByEmail("users", key+"@example.org")
	if err != nil {
		t.Fatalf("no person %q in this world: %v", key, err)
	}
	return user
}

// formHeaders are the headers of a browser posting a form.
func formHeaders(cookie string) map[string]string {
	return map[string]string{"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}
}

// form encodes name/value pairs, with the CSRF token unless withoutCSRF.
func form(withCSRF bool, pairs ...string) *strings.Reader {
	v := url.Values{}
	if withCSRF {
		v.Set("csrf", csrf)
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		v.Set(pairs[i], pairs[i+1])
	}
	return strings.NewReader(v.Encode())
}

// newHandler builds the application's full router, as `serve` does, for multi-step tests.
func newHandler(t testing.TB, app core.App) http.Handler {
	t.Helper()
	router, err := apis.NewRouter(app)
	if err != nil {
		t.Fatal(err)
	}
	event := &core.ServeEvent{App: app, Router: router}
	var handler http.Handler
	err = app.OnServe().Trigger(event, func(e *core.ServeEvent) error {
		handler, err = e.Router.BuildMux()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return handler
}

// do sends one request through handler and returns the recorded response.
func do(handler http.Handler, method, target string, body *strings.Reader, headers map[string]string) *httptest.ResponseRecorder {
	var req *http.Request
	if body == nil {
		req = httptest.NewRequest(method, target, nil)
	} else {
		req = httptest.NewRequest(method, target, body)
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	handler.ServeHTTP(rec, req)
	return rec
}

// queuedMail returns the newest outbox record of kind sent to address.
func queuedMail(t testing.TB, app core.App, kind, to string) *core.Record {
	t.Helper()
	mails, err := app.FindRecordsByFilter("outbox", "kind = {:kind} && to = {:to}", "-created", 1, 0,
		dbx.Params{"kind": kind, "to": to})
	if err != nil || len(mails) == 0 {
		t.Fatalf("no %s mail queued for %s (%v)", kind, to, err)
	}
	return mails[0]
}

var linkToken = regexp.MustCompile(`/(?:verify|reset-password)/([A-Za-z0-9._-]+)`)

// tokenIn extracts the token of the first portal link in an e-mail's text.
func tokenIn(t testing.TB, text string) string {
	t.Helper()
	m := linkToken.FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("no portal link in %q", text)
	}
	return m[1]
}

// eventualMail waits for a mail queued by a background goroutine (PocketBase sends the REST
// API's verification e-mail with FireAndForget), then returns it.
func eventualMail(t testing.TB, app core.App, kind, to string) *core.Record {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if n, _ := app.CountRecords("outbox", dbx.HashExp{"kind": kind, "to": to}); n > 0 {
			break
		}
	}
	return queuedMail(t, app, kind, to)
}

func setsCookie(res *http.Response, name string) bool {
	c := cookieNamed(res, name)
	return c != nil && c.Value != ""
}

func cookieNamed(res *http.Response, name string) *http.Cookie {
	for _, c := range res.Cookies() {
		if c.Name == name {
			return c
		}
	}
	return nil
}
