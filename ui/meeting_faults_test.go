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
)

// A meeting proposed for a time already past is refused beside its date, in the reader's
// language, with everything typed still in the form; no meeting and no invite come of it.
func TestAMeetingInThePastIsRefusedBesideItsDate(t *testing.T) {
	t.Parallel()
	yesterday := time.Now().AddDate(0, 0, -1).Format(time.DateOnly)
	for _, c := range []struct{ person, message string }{
		{"sven", "This time has passed: choose a time to come."},
		{"marie", "Cette heure est passée : choisissez un moment à venir."},
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
