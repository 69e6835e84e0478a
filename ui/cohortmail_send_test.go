package ui_test

import (
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// cohortTexts are a subject and text in the programme's three languages.
var cohortTexts = []string{"subject_en", "Hello", "body_en", "Hi {first_name}, see {match_link}",
	"subject_fr", "Bonjour", "body_fr", "Salut {first_name}, avec {partner_name}",
	"subject_sv", "Hej", "body_sv", "Hej {first_name}: {next_event}"}

// cohortSegment is a segment of the cohort world as the form chooses it, and whom it
// reaches, each in their language.
type cohortSegment struct {
	name, segment, days, event string
	want                       map[string]string
}

// cohortSegments are every segment of the cohort world. Eva is unmatched though her
// invitation waits for an answer.
var cohortSegments = []cohortSegment{
	{"everyone", kernel.SegmentEveryone, "", "", map[string]string{"ana@example.org": "fr", "bo@example.org": "sv",
		"cy@example.org": "en", "dee@example.org": "fr", "eva@example.org": "sv"}},
	{"mentors", kernel.SegmentMentors, "", "", map[string]string{"ana@example.org": "fr", "cy@example.org": "en"}},
	{"mentees", kernel.SegmentMentees, "", "", map[string]string{"bo@example.org": "sv", "dee@example.org": "fr", "eva@example.org": "sv"}},
	{"unmatched", kernel.SegmentUnmatched, "", "", map[string]string{"eva@example.org": "sv"}},
	{"waitlisted", kernel.SegmentWaitlisted, "", "", map[string]string{"finn@example.org": "en"}},
	{"no agreement", kernel.SegmentNoAgreement, "", "", map[string]string{"cy@example.org": "en", "dee@example.org": "fr"}},
	{"no meeting for 30 days", kernel.SegmentNoMeeting, "30", "", map[string]string{"cy@example.org": "en", "dee@example.org": "fr"}},
	{"no meeting for 3 days", kernel.SegmentNoMeeting, "3", "", map[string]string{"ana@example.org": "fr",
		"bo@example.org": "sv", "cy@example.org": "en", "dee@example.org": "fr"}},
	{"no midpoint check-in", kernel.SegmentNoCheckin, "", "", map[string]string{"bo@example.org": "sv",
		"cy@example.org": "en", "dee@example.org": "fr"}},
	{"kickoff attendees", kernel.SegmentAttendees, "", "kickoff", map[string]string{"eva@example.org": "sv"}},
}

// checkSegmentLetters checks that the letters queued (recipient → locales) are one to each
// person sc reaches, in their language, and none to anyone else.
func checkSegmentLetters(t testing.TB, sc cohortSegment, got map[string]string) {
	t.Helper()
	if len(got) != len(sc.want) {
		t.Errorf("%s: mailed %v, want %v", sc.name, got, sc.want)
	}
	for to, locale := range sc.want {
		if got[to] != locale {
			t.Errorf("%s: %s got %q, want one mail in %s", sc.name, to, got[to], locale)
		}
	}
}

// Each segment reaches the right people and only them, each in their language.
func TestCohortMailReachesEachSegment(t *testing.T) {
	t.Parallel()
	for _, sc := range cohortSegments {
		segment := []string{"segment", sc.segment}
		if sc.days != "" {
			segment = append(segment, "days", sc.days)
		}
		if sc.event != "" {
			segment = append(segment, "event", wid(sc.event))
		}
		headers, factory := as(cohortWorld, "claire")
		body := append(append([]string{"token", "t-" + sc.name}, segment...), cohortTexts...)
		s := tests.ApiScenario{Name: sc.name, Method: http.MethodPost, URL: "/coordinate/duo/mail",
			Body: formRepeating(body...), Headers: headers, TestAppFactory: factory,
			ExpectedStatus: http.StatusOK, ExpectedContent: []string{`id="cohort-log"`},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				checkSegmentLetters(t, sc, cohortLetters(t, app))
				checkCohortLetters(t, app)
			}}
		s.Test(t)
	}
}

// checkCohortLetters: each letter names the programme in its reader's language, answers go
// to its contact address, and it has a text and an HTML part.
func checkCohortLetters(t testing.TB, app core.App) {
	t.Helper()
	letters, err := app.FindAllRecords(kernel.CollectionOutbox, dbx.HashExp{"kind": workspace.KindCohortMail})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{"en": "Duo: Hello", "fr": "Duo FR : Bonjour", "sv": "Duo SV: Hej"}
	for _, l := range letters {
		if l.GetString("subject") != names[l.GetString("locale")] || l.GetString("reply_to") != "contact@duo.example" ||
			l.GetString("html") == "" || !strings.Contains(l.GetString("text"), names[l.GetString("locale")][:3]) {
			t.Errorf("letter to %s: subject %q, reply-to %q, html %d bytes", l.GetString("to"), l.GetString("subject"),
				l.GetString("reply_to"), len(l.GetString("html")))
		}
	}
}

// The page is the coordinators': a mentee of the programme is refused it; the coordinator
// previews as one recipient, in their language with their values; the same form sent twice
// (a double click) sends once; a missing text is said beside its field, the rest kept.
func TestCohortMailPageSendsOnce(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		name, person, method, url string
		body                      []string
		sentBefore                bool
		status                    int
		want                      []string
		letters                   int
	}{
		{"coordinator sees the page with a ready text", "claire", http.MethodGet, "/coordinate/duo/mail?ready=midpoint", nil, false,
			http.StatusOK, []string{"Have you met {partner_name} yet", "Avez-vous déjà rencontré {partner_name}", "Har du träffat {partner_name}"}, 0},
		{"mentee refused", "bo", http.MethodGet, "/coordinate/duo/mail", nil, false, http.StatusNotFound, []string{"Sidan hittades inte"}, 0},
		{"mentee cannot send", "bo", http.MethodPost, "/coordinate/duo/mail", append([]string{"token", "x", "segment", "everyone"}, cohortTexts...), false,
			http.StatusNotFound, []string{"Sidan hittades inte"}, 0},
		{"preview as Ana, in French", "claire", http.MethodPost, "/coordinate/duo/mail/preview",
			append([]string{"token", "x", "segment", "mentors", "preview_for", wid("ana")}, cohortTexts...), false,
			http.StatusOK, []string{"Recipients: 2", "Ana Lastname", "Cy Lastname", "Duo FR : Bonjour", "Salut Ana, avec Bo Lastname",
				"contact@duo.example"}, 0},
		{"double click sends once", "claire", http.MethodPost, "/coordinate/duo/mail",
			append([]string{"token", "same", "segment", "mentors"}, cohortTexts...), true,
			http.StatusOK, []string{"already sent"}, 2},
		{"missing Swedish text", "claire", http.MethodPost, "/coordinate/duo/mail",
			append([]string{"token", "y", "segment", "mentors"}, cohortTexts[:10]...), false,
			http.StatusUnprocessableEntity, []string{`id="e-body_sv"`, "Salut {first_name}, avec {partner_name}"}, 0},
	}
	for _, sc := range scenarios {
		headers, factory := as(cohortWorld, sc.person)
		s := tests.ApiScenario{Name: sc.name, Method: sc.method, URL: sc.url, Headers: headers,
			ExpectedStatus: sc.status, ExpectedContent: sc.want,
			TestAppFactory: func(t testing.TB) *tests.TestApp {
				app := factory(t)
				if sc.sentBefore {
					sendCohortMail(t, app, "same")
				}
				return app
			},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				got := cohortLetters(t, app)
				if len(got) != sc.letters {
					t.Errorf("letters %v, want %d people", got, sc.letters)
				}
				for to, locales := range got {
					if len(locales) != 2 {
						t.Errorf("%s got letters in %q, want one", to, locales)
					}
				}
			}}
		if sc.body != nil {
			s.Body = formRepeating(sc.body...)
		}
		s.Test(t)
	}
}

// sendCohortMail sends the mentors a mail with token, as a first click would.
func sendCohortMail(t testing.TB, app core.App, token string) {
	t.Helper()
	program, err := app.FindFirstRecordByData(kernel.CollectionPrograms, "slug", "duo")
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]workspace.CohortText{}
	for _, lang := range []string{"en", "fr", "sv"} {
		texts[lang] = workspace.CohortText{Subject: "S", Body: "B"}
	}
	if _, _, err := workspace.SendCohortMail(app, program, wid("claire"), workspace.CohortDraft{Token: token,
		Segment: workspace.Segment{Kind: kernel.SegmentMentors}, Texts: texts}, time.Now()); err != nil {
		t.Fatal(err)
	}
}

// The REST API writes no cohort mail, not even for a coordinator: only the page sends them,
// once per form.
func TestCohortMailsAreNotWrittenThroughTheRESTAPI(t *testing.T) {
	t.Parallel()
	for _, person := range []string{"claire", "bo"} {
		headers, factory := as(cohortWorld, person, "Content-Type", "application/json")
		s := tests.ApiScenario{Name: person, Method: http.MethodPost, URL: "/api/collections/cohort_mails/records",
			Body:    strings.NewReader(`{"token":"api","segment":"everyone"}`),
			Headers: headers, ExpectedStatus: http.StatusForbidden, ExpectedContent: []string{`"status":403`},
			TestAppFactory: factory,
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if got := cohortLetters(t, app); len(got) != 0 {
					t.Errorf("letters %v, want none", got)
				}
			}}
		s.Test(t)
	}
}

// Two posts of the same form at the same moment (two tabs, a double click the browser does
// not hold back) queue the letters once, and neither is an error.
func TestCohortMailSentTwiceAtOnceGoesOnce(t *testing.T) {
	t.Parallel()
	app := cohortWorld(t)
	program, err := app.FindFirstRecordByData(kernel.CollectionPrograms, "slug", "duo")
	if err != nil {
		t.Fatal(err)
	}
	draft := workspace.CohortDraft{Token: "concurrent", Segment: workspace.Segment{Kind: kernel.SegmentMentors},
		Texts: map[string]workspace.CohortText{"en": {Subject: "S", Body: "B"}, "fr": {Subject: "S", Body: "B"}, "sv": {Subject: "S", Body: "B"}}}
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			if _, _, err := workspace.SendCohortMail(app, program, wid("claire"), draft, time.Now()); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if got := cohortLetters(t, app); len(got) != 2 || got["ana@example.org"] != "fr" || got["cy@example.org"] != "en" {
		t.Errorf("letters %v, want one to each mentor", got)
	}
}
