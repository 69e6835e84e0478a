package ui_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/workspace"
)

// A meeting proposed for a time already past is refused beside its date, in the reader's
// language, with everything typed still in the form; no meeting and no invite come of it.
func TestAMeetingInThePastIsRefusedBesideItsDate(t *testing.T) {
	t.Parallel()
	yesterday := time.Now().AddDate(0, 0, -1).Format(time.DateOnly)
	for _, c := range []struct{ person, message string }{
		{"sven", "This date and time have passed: choose a moment still to come."},
		{"marie", "Cette date et cette heure sont passées : choisissez un moment à venir."},
	} {
		headers, factory := as(seedPairs, c.person)
		(&tests.ApiScenario{Name: c.person, Method: http.MethodPost, URL: "/matches/" + wid("matcha") + "/meetings",
			Body: form(true, "date", yesterday, "time", "09:30", "duration", "45", "mode", "in_person", "location", "Café Lumière",
				"agenda", "CV review", "form_token", "past-form"),
			Headers: headers, TestAppFactory: factory, ExpectedStatus: http.StatusUnprocessableEntity,
			BeforeTestFunc: func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
				apptest.Build(t, app).Update(record(t, app, "users", wid("marie")), map[string]any{"locale": "fr"})
			},
			ExpectedContent: []string{`<p class="error" id="e-starts_at-new">` + c.message, `value="` + yesterday + `"`, `value="09:30"`,
				`value="Café Lumière"`, ">CV review</textarea>", `name="form_token" value="past-form"`},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if n, _ := app.CountRecords("meetings", dbx.HashExp{"agenda": "CV review"}); n != 0 {
					t.Errorf("%d meetings in the past were created", n)
				}
			}}).Test(t)
	}
}

// Two posts of the same proposing form — a double click, a reload — propose one meeting, with
// one invite to each member, and both answers go back to the pair's meetings; a new form
// (its own token) proposes another.
func TestADoubleSubmitProposesOneMeeting(t *testing.T) {
	t.Parallel()
	app := seedPairs(t)
	handler := newHandler(t, app)
	headers := formHeaders(cookies(t, record(t, app, "users", wid("sven"))))
	page := do(handler, http.MethodGet, "/matches/"+wid("matcha"), nil, headers).Body.String()
	token := between(page, `name="form_token" value="`, `"`)
	if len(token) < 20 {
		t.Fatalf("the proposing form carries no one-time token: %q", token)
	}
	// The held-meeting form of the same page has a token of its own: sharing one, logging a
	// meeting after proposing from the page was taken for the proposal posted again.
	if logToken := between(page, `name="log_form_token" value="`, `"`); len(logToken) < 20 || logToken == token {
		t.Fatalf("the held-meeting form's token %q, the proposing form's %q: want two", logToken, token)
	}
	post := func(token string) {
		t.Helper()
		res := do(handler, http.MethodPost, "/matches/"+wid("matcha")+"/meetings", form(true, "date", "2031-06-02", "time", "09:30",
			"duration", "45", "mode", "phone", "agenda", "CV review", "form_token", token), headers)
		if res.Code != http.StatusSeeOther || res.Header().Get("Location") != "/matches/"+wid("matcha")+"#meetings" {
			t.Errorf("post answered %d to %q, want 303 to the meetings", res.Code, res.Header().Get("Location"))
		}
	}
	post(token)
	post(token)
	meetings, err := app.FindAllRecords("meetings", dbx.HashExp{"agenda": "CV review"})
	if err != nil || len(meetings) != 1 {
		t.Fatalf("two posts of one form made %d meetings (error %v), want 1", len(meetings), err)
	}
	if n, _ := app.CountRecords("outbox", dbx.HashExp{"kind": "meeting_proposed", "related_id": meetings[0].Id}); n != 2 {
		t.Errorf("%d invites, want one to each member", n)
	}
	if again := do(handler, http.MethodGet, "/matches/"+wid("matcha"), nil, headers).Body.String(); strings.Contains(again, token) {
		t.Error("the page after the proposal offers the used token again")
	}
	post("another-form")
	if n, _ := app.CountRecords("meetings", dbx.HashExp{"agenda": "CV review"}); n != 2 {
		t.Errorf("a second form made %d meetings in all, want 2", n)
	}
}

// between is the text of s after the first start and before the next end.
func between(s, start, end string) string {
	_, after, ok := strings.Cut(s, start)
	if !ok {
		return ""
	}
	value, _, _ := strings.Cut(after, end)
	return value
}

// A meeting held without being arranged here is recorded after the fact: held at once with
// its minutes and notes, no invite mailed, once per form; a time still to come is refused
// beside its date, in the reader's language, what was typed kept, and nothing beside the
// proposing form.
func TestAMeetingAlreadyHeldIsRecordedAfterTheFact(t *testing.T) {
	t.Parallel()
	url := "/matches/" + wid("matcha") + "/meetings/held"
	yesterday := time.Now().AddDate(0, 0, -1).Format(time.DateOnly)
	tomorrow := time.Now().AddDate(0, 0, 1).Format(time.DateOnly)
	logged := func(n int) func(testing.TB, *tests.TestApp, *http.Response) {
		return func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			meetings, _ := app.FindAllRecords("meetings", dbx.HashExp{"match": wid("matcha"), "status": "held"})
			if len(meetings) != n {
				t.Fatalf("%d meetings recorded as held, want %d", len(meetings), n)
			}
			if n == 1 && (meetings[0].GetInt("minutes_spent") != 50 || meetings[0].GetString("shared_notes") != "Coffee near the campus") {
				t.Errorf("recorded %d minutes, notes %q", meetings[0].GetInt("minutes_spent"), meetings[0].GetString("shared_notes"))
			}
			for _, m := range meetings {
				if mails, _ := app.CountRecords("outbox", dbx.HashExp{"related_id": m.Id}); mails != 0 {
					t.Errorf("%d mails about a meeting past", mails)
				}
			}
		}
	}
	body := func(date, token string) []string {
		return []string{"log_date", date, "log_time", "17:00", "log_minutes", "50", "log_mode", "in_person",
			"log_notes", "Coffee near the campus", "log_form_token", token}
	}
	for _, s := range []struct {
		name, person string
		body         []string
		status       int
		want         []string
		before       func(testing.TB, *tests.TestApp, *core.ServeEvent)
		after        func(testing.TB, *tests.TestApp, *http.Response)
	}{
		{"yesterday's coffee is recorded", "sven", body(yesterday, "log-form"), 303, nil, nil, logged(1)},
		{"the same form again records nothing more", "sven", body(yesterday, "log-form"), 303, nil,
			func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
				start, err := time.ParseInLocation("2006-01-02 15:04", yesterday+" 17:00", time.UTC)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := workspace.LogHeldMeeting(app, wid("sven"), wid("matcha"), workspace.HeldMeeting{Start: start, Minutes: 50,
					Mode: "in_person", Notes: "Coffee near the campus", Token: "log-form"}); err != nil {
					t.Fatal(err)
				}
			}, logged(1)},
		{"tomorrow is still to come", "sven", body(tomorrow, "log-form"), 422,
			[]string{`<p class="error" id="e-log_date">This time is still to come: propose the meeting instead.`,
				`id="log-meeting" open`, `name="log_date" type="date" value="` + tomorrow + `"`, ">Coffee near the campus</textarea>"}, nil, logged(0)},
		{"a coordinator cannot record the pair's meetings", "coord", body(yesterday, "log-form"), 403, nil, nil, logged(0)},
	} {
		headers, factory := as(seedPairs, s.person)
		(&tests.ApiScenario{Name: s.name, Method: http.MethodPost, URL: url, Body: form(true, s.body...), Headers: headers,
			TestAppFactory: factory, BeforeTestFunc: s.before, ExpectedStatus: s.status, ExpectedContent: s.want,
			NotExpectedContent: []string{`id="e-starts_at-new"`}, AfterTestFunc: s.after}).Test(t)
	}
}
