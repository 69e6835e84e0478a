package ui_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/kernel"
)

// TestSettingsCharterVersions: the coordinators write the next version as a draft and
// publish it, which asks everyone to accept it again; a published version is never edited,
// and nobody else writes charters, through the portal or the REST API.
func TestSettingsCharterVersions(t *testing.T) {
	t.Parallel()
	page := "/coordinate/nordic/settings/charter"
	body := func(publish bool, sv string) *strings.Reader {
		v := "csrf=" + csrf + "&body_sv=" + sv + "&body_en=We+meet+twice+a+month.&body_fr=On+se+voit+deux+fois+par+mois."
		if publish {
			v += "&publish=1"
		}
		return strings.NewReader(v)
	}
	marieSigned := func(want bool) func(testing.TB, *tests.TestApp, *http.Response) {
		return func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			program := programNamed(t, app, "nordic")
			if ok, _ := kernel.HasAcceptedCharter(app, wid("marie"), program.Id, time.Now()); ok != want {
				t.Errorf("marie has accepted the charter in force: %v, want %v", ok, want)
			}
		}
	}
	headers, factory := as(seedSettings, "coord")
	for _, s := range []tests.ApiScenario{
		{Name: "the versions and the next one to write", Method: http.MethodGet, URL: page, ExpectedStatus: 200,
			ExpectedContent: []string{"Version 2 (draft)", ">Vi ses varje månad.</textarea>", "<td>1</td>"}},
		{Name: "a draft changes nothing for participants", Method: http.MethodPost, URL: page, Body: body(false, "Vi+ses+två+gånger."),
			ExpectedStatus: 303, AfterTestFunc: marieSigned(true)},
		{Name: "publishing asks everyone again", Method: http.MethodPost, URL: page, Body: body(true, "Vi+ses+två+gånger."),
			ExpectedStatus: 303, AfterTestFunc: func(t testing.TB, app *tests.TestApp, r *http.Response) {
				marieSigned(false)(t, app, r)
				current, _ := kernel.CurrentCharter(app, programNamed(t, app, "nordic").Id, time.Now())
				if current == nil || current.GetInt("version") != 2 || current.GetString("body_fr") != "On se voit deux fois par mois." {
					t.Errorf("charter in force: %v", current)
				}
			}},
		{Name: "no text in the first language", Method: http.MethodPost, URL: page, Body: body(true, ""), ExpectedStatus: 422,
			ExpectedContent: []string{`id="e-body_sv">Write the charter in the programme&#39;s first language`, ">We meet twice a month.</textarea>"},
			AfterTestFunc:   marieSigned(true)},
	} {
		s.Headers, s.TestAppFactory = headers, factory
		s.Test(t)
	}
	headers, factory = as(seedSettings, "coord", "Content-Type", "application/json")
	(&tests.ApiScenario{Name: "a published version is not edited through the REST API either", Method: http.MethodPatch,
		URL: "/api/collections/charters/records/" + wid("charter1"), Headers: headers, TestAppFactory: factory,
		Body: strings.NewReader(`{"body_sv": "Ändrad i smyg"}`), ExpectedStatus: 404, ExpectedContent: []string{`"status":404`}}).Test(t)
	for _, person := range []string{"othercoord", "marie"} {
		headers, factory := as(seedSettings, person)
		(&tests.ApiScenario{Name: person + " publishes", Method: http.MethodPost, URL: page, Body: body(true, "Nej"),
			Headers: headers, TestAppFactory: factory, ExpectedStatus: 404, ExpectedContent: []string{"Page not found"},
			AfterTestFunc: marieSigned(true)}).Test(t)
		headers, factory = as(seedSettings, person, "Content-Type", "application/json")
		(&tests.ApiScenario{Name: person + " publishes through the REST API", Method: http.MethodPost,
			URL: "/api/collections/charters/records", Headers: headers, TestAppFactory: factory,
			Body:           strings.NewReader(`{"program": "` + programNamed(t, seedSettings(t), "nordic").Id + `", "version": 2, "body_sv": "Nej", "published_at": "2020-01-01 00:00:00.000Z"}`),
			ExpectedStatus: 400, ExpectedContent: []string{`"status":400`}, AfterTestFunc: marieSigned(true)}).Test(t)
	}
}
