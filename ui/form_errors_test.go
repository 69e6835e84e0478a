package ui_test

import (
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
	"golang.org/x/net/html"
)

// TestEveryFormLinksItsErrors posts every portal form with bad input and checks what a
// screen-reader user needs (WCAG 1.3.1, 3.3.1): each error message has an id, the control
// it belongs to names it in aria-describedby and says aria-invalid, and an error summary at
// the top of the page takes the focus (autofocus) and links to each of those controls.
func TestEveryFormLinksItsErrors(t *testing.T) {
	t.Parallel()
	matchA := "/matches/" + wid("matcha")
	long := strings.Repeat("é", 2001)
	applicant := func(t testing.TB, w *applicationWorld) { acceptAs(t, w, "eve", "mentee") }
	invited := func(t testing.TB, w *matchingWorld) { mwInvite(t, w, "mia", "ada") }
	cases := []struct {
		name, person string
		world        func(testing.TB) *tests.TestApp
		url          func(core.App) string
		body         *strings.Reader
		errors       int      // field errors the page must show, at least
		want         []string // more the page must show
	}{
		{"register", "visitor", pageWorld, fixed("/register"),
			form(true, "name", "", "email", "nope", "password", "x", "password_confirm", "y", "locale", "en"), 3, nil},
		{"account", "other", pageWorld, fixed("/account"), form(true, "name", "Otto", "phone", "call me", "locale", "en"), 1, nil},
		{"new password", "visitor", pageWorld, func(app core.App) string {
			token, err := findPerson(t, app, "ada").NewPasswordResetToken()
			if err != nil {
				t.Fatal(err)
			}
			return "/reset-password/" + token
		}, form(true, "password", "short", "password_confirm", "other"), 1, nil},
		{"charter", "ada", applicationsIn("coordinated", nil), fixed("/programs/open-call/charter"),
			form(true, "role", "mentee", "next", "/programs/open-call/apply/mentee"), 1, nil},
		{"application", "eve", applicationsIn("coordinated", applicant), fixed("/programs/open-call/apply/mentee"),
			form(true, "study_year", "deux"), 1, nil},
		{"application edit", "sven", seedWork, fixed("/applications/" + wid("appsven") + "/edit"), form(true, "study_year", "deux"), 1, nil},
		{"review decision", "coord", applicationsIn("coordinated", withApplicants), func(app core.App) string {
			ada, err := app.FindFirstRecordByData("applications", "user", findPerson(t, app, "ada").Id)
			if err != nil {
				t.Fatal(err)
			}
			return "/coordinate/open-call/applications/" + ada.Id + "/decision"
		}, form(true, "decision", "maybe"), 1, nil},
		{"directory invitation", "mia", matching(), fixed("/programs/open-mentors/mentors/" + mwApp("ada") + "/invite"),
			form(true, "message", long), 1, nil},
		{"mentor pause", "ada", matching(), fixed("/applications/" + mwApp("ada") + "/availability"),
			form(true, "paused_until", "2020-01-01"), 1, nil},
		{"ranked request", "mia", matching(allowRanked(3)), fixed("/programs/open-mentors/ranked"),
			form(true, "choice_1", mwApp("ada"), "choice_2", mwApp("ada"), "message", long), 1, nil},
		{"invitation decline", "ada", matching(invited), func(app core.App) string {
			m, err := app.FindFirstRecordByData("matches", "status", "invited")
			if err != nil {
				t.Fatal(err)
			}
			return "/invitations/" + m.Id + "/decline"
		}, form(true, "reason", long), 1, nil},
		{"console publish", "coord", matching(mwDraft("nina", "lena")), fixed(console + "/publish"), form(true), 1, nil},
		{"console run", "coord", matching(), fixed(console + "/run"), form(true, "objective", "fastest"), 1, nil},
		{"agreement", "sven", seedPairs, fixed(matchA + "/agreement"),
			form(true, "intent", "propose", "frequency", "", "expectations", "Weekly"), 1, nil},
		{"meeting", "sven", seedPairs, fixed(matchA + "/meetings"),
			form(true, "date", "", "time", "09:30", "duration", "1", "mode", "in_person", "video_url", "nope"), 1, nil},
		{"meeting far ahead", "sven", seedPairs, fixed(matchA + "/meetings"),
			form(true, "date", "2040-06-15", "time", "18:00", "duration", "60", "mode", "phone"), 1, nil},
		{"reschedule", "sven", seedPairs, fixed("/meetings/" + wid("meetinga") + "/reschedule"),
			form(true, "date", "", "time", "09:30", "duration", "60", "mode", "in_person", "location", "Café Lumière"), 1,
			// In the form of the meeting being moved, open, with what was typed, not in the
			// form proposing a new one.
			[]string{`href="#date-` + wid("meetinga") + `"`, `<details open>`, `value="Café Lumière"`}},
		{"meeting in the past", "sven", seedPairs, fixed(matchA + "/meetings"),
			form(true, "date", "2026-01-05", "time", "18:00", "duration", "60", "mode", "phone"), 1, nil},
		{"meeting recorded after the fact", "sven", seedPairs, fixed(matchA + "/meetings/held"),
			form(true, "log_date", "2031-01-05", "log_time", "18:00", "log_minutes", "0", "log_mode", "phone"), 2, nil},
		{"availability", "marie", seedPairs, fixed(matchA + "/hours"),
			form(true, "timezone", "Mars/Olympus", "slot_minutes", "60", "tue", "19:00–17:00", "days_off", "someday"), 3, nil},
		{"booking", "sven", seedBooking, fixed(matchA + "/slots"), form(true, "slot", "", "mode", "in_person"), 1, nil},
		{"meeting held", "marie", seedWork, fixed("/meetings/" + wid("pastmeeta") + "/held"), form(true, "minutes_spent", "0"), 1, nil},
		{"goal", "marie", seedWork, fixed(matchA + "/goals"), form(true, "goal_title", " ", "goal_due_on", "30/06/2031"), 2, nil},
		{"message", "sven", seedWork, fixed(matchA + "/messages"), form(true, "message_body", " "), 1, nil},
		{"note", "sven", seedWork, fixed(matchA + "/notes"), form(true, "note_body", " "), 1, nil},
		{"evaluation", "marie", seedWork, fixed(matchA + "/evaluations/midpoint"), form(true, "going", "9"), 2, nil},
		{"ending", "sven", seedWork, fixed(matchA + "/close"), form(true, "reason", " "), 1, nil},
		{"help request", "sven", seedWork, fixed("/help"), form(true, "topic", "", "body", ""), 2, nil},
		{"account erasure", "sven", seedPrivacy, fixed("/account/erase"), form(true, "password", "wrong"), 1, nil},
		{"applicant erasure", "coord", seedPrivacy, fixed("/coordinate/alumni/applications/" + wid("appsven") + "/erase"),
			form(true, "erase_password", "wrong"), 1, nil},
		{"support answer", "coord", seedWork, fixed("/coordinate/alumni/support/" + wid("reqbob") + "/answer"), form(true, "answer", " "), 1, nil},
		{"import", "coord", func(t testing.TB) *tests.TestApp { return portalWorld(t, "intake", seedIntake) },
			fixed("/coordinate/lille/import"), form(true, "role", "mentee"), 1, nil},
		{"decision on many", "coord", bulkWorld, fixed("/coordinate/lille/applications/decisions"), form(true, "decision", "approved"), 1, nil},
		{"road-book", "sven", seedPairs, fixed(matchA + "/roadbook"), form(true, "professional_project", strings.Repeat("x", 20001)), 1, nil},
		{"check-in", "sven", seedWork, fixed(matchA + "/checkin"), form(true, "answer", "maybe"), 1, nil},
		{"programme settings", "coord", seedSettings, fixed("/coordinate/nordic/settings"),
			settingsForm("recommended_meetings", "many", "name_sv", "", "timezone", "Mars/Olympus"), 3, nil},
		{"programme settings: languages", "coord", seedSettings, fixed("/coordinate/nordic/settings"),
			settingsForm("first_language", "xx", "languages", "yy"), 1, nil},
		{"programme settings: an area twice", "coord", seedSettings, fixed("/coordinate/nordic/settings"),
			strings.NewReader(readString(settingsForm()) + "&area_key=Stockholm"), 1, nil},
		{"programme settings: matching mode", "coord", seedSettings, fixed("/coordinate/nordic/settings"),
			settingsForm("matching_mode", "bogus"), 1, nil},
		{"new programme: language", "coord", seedSettings, fixed("/coordinate/new"),
			form(true, "slug", "fresh", "name", "Fresh", "language", "xx", "timezone", "Europe/Stockholm"), 1, nil},
		{"new programme", "coord", seedSettings, fixed("/coordinate/new"),
			form(true, "slug", "nordic", "name", "Again", "language", "sv", "timezone", "Europe/Stockholm"), 1, nil},
		{"programme tags", "coord", seedSettings, fixed("/coordinate/nordic/settings/tags"),
			strings.NewReader("csrf=" + csrf + "&tag_id=&tag_kind=skill&tag_key=Bad+Key&tag_en=Bad&tag_fr=&tag_sv="), 1, nil},
		{"matching criteria", "coord", seedSettings, fixed("/coordinate/nordic/settings/criteria"), criteriaForm("weight_industry=heavy"), 1, nil},
		{"charter version", "coord", seedSettings, fixed("/coordinate/nordic/settings/charter"),
			form(true, "body_sv", "", "body_en", "We meet.", "publish", "1"), 1, nil},
		{"new event", "coord", seedEventWorld, fixed("/coordinate/alumni/events"),
			form(true, "kind", "workshop", "audience", "all", "starts_at", "2031-06-02T09:30", "ends_at", "2031-06-02T08:00"), 1, nil},
		{"event edit", "coord", seedEventWorld, fixed("/coordinate/alumni/events/" + wid("kickoff")),
			form(true, "kind", "workshop", "audience", "all", "starts_at", "", "title_fr", ""), 1, nil},
		{"cohort mail", "claire", cohortWorld, fixed("/coordinate/duo/mail"),
			form(true, append([]string{"token", "y", "segment", "mentors"}, cohortTexts[:10]...)...), 1, nil},
		{"cohort mail preview", "claire", cohortWorld, fixed("/coordinate/duo/mail/preview"),
			form(true, append([]string{"token", "y", "segment", "mentors", "preview_for", "nobody"}, cohortTexts...)...), 1, nil},
	}
	for _, c := range cases {
		headers, factory := as(c.world, c.person)
		s := &tests.ApiScenario{Name: c.name, Method: http.MethodPost, Body: c.body, Headers: headers,
			TestAppFactory: factory, ExpectedStatus: http.StatusUnprocessableEntity, ExpectedContent: append([]string{`id="error-summary"`}, c.want...)}
		url := c.url
		s.BeforeTestFunc = func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) { s.URL = url(app) }
		want := c.errors
		s.AfterTestFunc = func(t testing.TB, _ *tests.TestApp, res *http.Response) { checkErrorLinks(t, res, want) }
		s.Test(t)
	}
}

// readString is what r holds.
func readString(r io.Reader) string {
	b, _ := io.ReadAll(r)
	return string(b)
}

// fixed is a scenario's address that needs nothing from the world.
func fixed(url string) func(core.App) string { return func(core.App) string { return url } }

// checkErrorLinks checks a page that came back with at least want field errors.
func checkErrorLinks(t testing.TB, res *http.Response, want int) {
	t.Helper()
	body, _ := io.ReadAll(res.Body)
	doc, err := html.Parse(strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*html.Node{}
	describing := map[string]*html.Node{} // error id → control naming it
	var errs, summaries []*html.Node
	visit(doc, func(n *html.Node) {
		if id := attrOf(n, "id"); id != "" {
			byID[id] = n
		}
		for _, ref := range strings.Fields(attrOf(n, "aria-describedby")) {
			describing[ref] = n
		}
		classes := strings.Fields(attrOf(n, "class"))
		if slices.Contains(classes, "error-summary") {
			summaries = append(summaries, n)
		}
		if n.Data == "p" && slices.Contains(classes, "error") && !slices.Contains(classes, "form-error") {
			errs = append(errs, n)
		}
	})
	if len(errs) < want {
		t.Fatalf("%d field errors shown, want at least %d:\n%s", len(errs), want, body)
	}
	if len(summaries) != 1 {
		t.Fatalf("%d error summaries, want 1:\n%s", len(summaries), body)
	}
	summary := summaries[0]
	if attrOf(summary, "tabindex") != "-1" || !hasAttr(summary, "autofocus") {
		t.Errorf("the error summary does not take the focus: %v", summary.Attr)
	}
	links := map[string]bool{}
	visit(summary, func(n *html.Node) {
		if n.Data == "a" {
			links[attrOf(n, "href")] = true
		}
	})
	for _, e := range errs {
		id := attrOf(e, "id")
		control := describing[id]
		switch {
		case !strings.HasPrefix(id, "e-"):
			t.Errorf("error %q has no id of its own", textOf(e))
		case control == nil:
			t.Errorf("no control names error %s (%q) in aria-describedby", id, textOf(e))
		case attrOf(control, "id") == "" || byID[attrOf(control, "id")] != control:
			t.Errorf("the control of %s has no id for the summary to link to", id)
		case attrOf(control, "aria-invalid") != "true" && control.Data != "fieldset" && attrOf(control, "role") != "group":
			t.Errorf("the control %s of error %s lacks aria-invalid", attrOf(control, "id"), id)
		case !links["#"+attrOf(control, "id")]:
			t.Errorf("the error summary has no link to #%s (error %s)", attrOf(control, "id"), id)
		}
	}
}

// visit calls f on every element under n, in document order.
func visit(n *html.Node, f func(*html.Node)) {
	if n.Type == html.ElementNode {
		f(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		visit(c, f)
	}
}

// attrOf is n's attribute name, or "".
func attrOf(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

// hasAttr tells whether n carries attribute name.
func hasAttr(n *html.Node, name string) bool {
	return slices.ContainsFunc(n.Attr, func(a html.Attribute) bool { return a.Key == name })
}

// textOf is the text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.TrimSpace(b.String())
}

// TestARefusedFormKeepsTheAddress: a form posted through htmx (a boosted form) that comes
// back with errors tells htmx not to push its action path into the address bar, where a
// reload would be "Page not found"; without htmx nothing changes.
func TestARefusedFormKeepsTheAddress(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		htmx bool
		want string
	}{{"through htmx", true, "false"}, {"a plain post", false, ""}} {
		extra := []string{}
		if c.htmx {
			extra = []string{"HX-Request", "true", "HX-Boosted", "true"}
		}
		headers, factory := as(seedPairs, "sven", extra...)
		want := c.want
		(&tests.ApiScenario{Name: c.name, Method: http.MethodPost, URL: "/matches/" + wid("matcha") + "/roadbook",
			Body: form(true, "professional_project", strings.Repeat("x", 20001)), Headers: headers, TestAppFactory: factory,
			ExpectedStatus: http.StatusUnprocessableEntity, ExpectedContent: []string{`id="error-summary"`},
			AfterTestFunc: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
				if got := res.Header.Get("HX-Push-Url"); got != want {
					t.Errorf("HX-Push-Url %q, want %q", got, want)
				}
			}}).Test(t)
	}
}
