package ui_test

import (
	"github.com/mentorbase/mentorbase/apptest"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

// settingsForm is a valid settings form for nordic, with pairs replacing its values.
func settingsForm(pairs ...string) *strings.Reader {
	values := map[string]string{
		"first_language": "sv", "languages": "en",
		"name_sv": "Nordiskt mentorskap", "name_en": "Nordic mentoring", "name_fr": "Mentorat nordique",
		"summary_sv": "Ett år med en mentor.", "summary_en": "A year with a mentor.", "summary_fr": "Une année avec un mentor.",
		"timezone":             "Europe/Stockholm",
		"applications_open_at": "2031-01-10T09:00", "applications_close_at": "2031-02-10T17:30",
		"starts_at": "2031-03-01T17:30", "midpoint_at": "2031-06-01T17:30", "ends_at": "2031-10-01T17:30",
		"recommended_meetings": "6", "roadbook_lead_days": "3", "invitation_ttl_days": "10", "default_capacity": "2",
		"max_pending_invitations": "3", "ranked_invitations": "0", "retention_months": "12", "drift_after_days": "30", "close_after_days": "90",
		"matching_mode": "coordinated", "published": "1", "contact_email": "team@example.org", "area_key": "Stockholm",
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		values[pairs[i]] = pairs[i+1]
	}
	flat := []string{}
	for k, v := range values {
		flat = append(flat, k, v)
	}
	return form(true, flat...)
}

// TestSettingsAreTheCoordinators: the programme's coordinators (and superusers) read and save
// its settings, dates on the programme's clock; another programme's coordinator, a
// participant and a visitor get nothing, and the REST API refuses them the same change.
func TestSettingsAreTheCoordinators(t *testing.T) {
	t.Parallel()
	page := "/coordinate/nordic/settings"
	api := "/api/collections/programs/records/" + programNamed(t, seedSettings(t), "nordic").Id
	for _, v := range []struct {
		person          string
		get, post, rest int
		want            []string
	}{
		{"coord", 200, 303, 200, []string{`value="Nordiskt mentorskap"`, `value="2031-02-10T17:30"`, `value="2031-06-01T17:30"`,
			`value="Europe/Stockholm"`, `value="På distans"`, `lang="sv"`}},
		{"othercoord", 404, 404, 404, []string{"Page not found"}},
		{"marie", 404, 404, 404, []string{"Page not found"}},
		{"visitor", 303, 303, 404, nil},
	} {
		headers, factory := as(seedSettings, v.person)
		(&tests.ApiScenario{Name: v.person + " opens the settings", Method: http.MethodGet, URL: page, Headers: headers,
			TestAppFactory: factory, ExpectedStatus: v.get, ExpectedContent: v.want,
			NotExpectedContent: notFor(v.person != "coord", "Nordiskt mentorskap")}).Test(t)
		renamed := func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			name := programNamed(t, app, "nordic").GetString("name_en")
			if (name == "Taken over") != (v.person == "coord") {
				t.Errorf("%s: name_en %q", v.person, name)
			}
		}
		(&tests.ApiScenario{Name: v.person + " saves the settings", Method: http.MethodPost, URL: page, Headers: headers,
			Body: settingsForm("name_en", "Taken over"), TestAppFactory: factory, ExpectedStatus: v.post,
			ExpectedContent: notFor(v.post == 404, "Page not found"), AfterTestFunc: renamed}).Test(t)
		headers, factory = as(seedSettings, v.person, "Content-Type", "application/json")
		(&tests.ApiScenario{Name: v.person + " renames through the REST API", Method: http.MethodPatch, URL: api,
			Headers: headers, Body: strings.NewReader(`{"name_en": "Taken over"}`), TestAppFactory: factory,
			ExpectedStatus: v.rest, ExpectedContent: []string{map[bool]string{true: `"name_en":"Taken over"`, false: `"status":404`}[v.rest == 200]},
			AfterTestFunc: renamed}).Test(t)
	}
}

// programNamed is the programme of slug.
func programNamed(t testing.TB, app *tests.TestApp, slug string) *core.Record {
	t.Helper()
	p, err := app.FindFirstRecordByData("programs", "slug", slug)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSettingsDatesFollowTheProgrammesClock: what a coordinator types is stored as the
// instant it means in the programme's zone, in winter and in summer.
func TestSettingsDatesFollowTheProgrammesClock(t *testing.T) {
	t.Parallel()
	headers, factory := as(seedSettings, "coord")
	(&tests.ApiScenario{Name: "a Stockholm kickoff at 17:30", Method: http.MethodPost, URL: "/coordinate/nordic/settings",
		Headers: headers, Body: settingsForm("first_language", "sv", "languages", "fr"), TestAppFactory: factory, ExpectedStatus: 303,
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			p := programNamed(t, app, "nordic")
			for field, want := range map[string]time.Time{
				"applications_close_at": time.Date(2031, 2, 10, 16, 30, 0, 0, time.UTC), // UTC+1
				"midpoint_at":           time.Date(2031, 6, 1, 15, 30, 0, 0, time.UTC),  // UTC+2
			} {
				if got := p.GetDateTime(field).Time(); !got.Equal(want) {
					t.Errorf("%s = %s, want %s", field, got, want)
				}
			}
			if got := p.GetStringSlice("languages"); strings.Join(got, ",") != "sv,fr" {
				t.Errorf("languages %v", got)
			}
			if p.GetString("name") != "Nordiskt mentorskap" || p.GetString("summary") != "Ett år med en mentor." {
				t.Errorf("plain texts are not the first language's: %q, %q", p.GetString("name"), p.GetString("summary"))
			}
		}}).Test(t)
}

// TestSettingsRefusalsStandBesideTheirFields: every mistake is named beside its field, in
// the coordinator's language, and nothing typed is lost or saved.
func TestSettingsRefusalsStandBesideTheirFields(t *testing.T) {
	t.Parallel()
	headers, factory := as(seedSettings, "coord")
	(&tests.ApiScenario{Name: "mistakes", Method: http.MethodPost, URL: "/coordinate/nordic/settings", Headers: headers,
		Body: settingsForm("starts_at", "2031-03-30T02:30", "recommended_meetings", "many", "name_sv", "",
			"summary_en", "Kept as typed", "timezone", "Mars/Olympus", "contact_email", "not-an-address"),
		TestAppFactory: factory, ExpectedStatus: http.StatusUnprocessableEntity,
		ExpectedContent: []string{
			`id="e-recommended_meetings">Enter a whole number`, `id="e-name_sv">The programme needs a name in its first language.`,
			`id="e-timezone">Enter a time zone`, `>Kept as typed</textarea>`, `value="many"`, `value="Mars/Olympus"`,
		},
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if p := programNamed(t, app, "nordic"); p.GetString("summary_en") == "Kept as typed" {
				t.Error("a refused form was saved")
			}
		}}).Test(t)
	(&tests.ApiScenario{Name: "a time the clocks skip, and dates out of order", Method: http.MethodPost, URL: "/coordinate/nordic/settings",
		Headers: headers, Body: settingsForm("starts_at", "2031-03-30T02:30", "ends_at", "2030-01-01T10:00", "contact_email", "nobody"),
		TestAppFactory: factory, ExpectedStatus: http.StatusUnprocessableEntity,
		ExpectedContent: []string{`id="e-starts_at">This time does not exist in Europe/Stockholm`, `value="2030-01-01T10:00"`}}).Test(t)
	twice, _ := io.ReadAll(settingsForm())
	(&tests.ApiScenario{Name: "an area twice", Method: http.MethodPost, URL: "/coordinate/nordic/settings", Headers: headers,
		Body: strings.NewReader(string(twice) + "&area_key=Stockholm"), TestAppFactory: factory,
		ExpectedStatus: http.StatusUnprocessableEntity, ExpectedContent: []string{`id="e-areas">The area Stockholm is listed twice.`}}).Test(t)
	apiHeaders, apiFactory := as(seedSettings, "coord", "Content-Type", "application/json")
	(&tests.ApiScenario{Name: "an area twice through the REST API", Method: http.MethodPatch,
		URL: "/api/collections/programs/records/" + programNamed(t, seedSettings(t), "nordic").Id, Headers: apiHeaders,
		Body: strings.NewReader(`{"areas": ["Stockholm", "Stockholm"]}`), TestAppFactory: apiFactory,
		ExpectedStatus: 400, ExpectedContent: []string{`"areas":{"code":"settings.error.areas"`}}).Test(t)
	(&tests.ApiScenario{Name: "dates out of order and a bad address, as saving finds them", Method: http.MethodPost,
		URL: "/coordinate/nordic/settings", Headers: headers, Body: settingsForm("ends_at", "2030-01-01T10:00", "contact_email", "nobody"),
		TestAppFactory: factory, ExpectedStatus: http.StatusUnprocessableEntity,
		ExpectedContent: []string{`id="e-ends_at"`, `id="e-contact_email"`, `value="nobody"`}}).Test(t)
}

// TestSettingsLimitPendingInvitations: the coordinators set how many invitations a mentee
// may have waiting at once; a limit no mentee could invite with is refused beside the field,
// on the portal as through the REST API.
func TestSettingsLimitPendingInvitations(t *testing.T) {
	t.Parallel()
	headers, factory := as(seedSettings, "coord")
	(&tests.ApiScenario{Name: "the field with the programme's limit", Method: http.MethodGet, URL: "/coordinate/nordic/settings",
		Headers: headers, TestAppFactory: factory, ExpectedStatus: http.StatusOK,
		ExpectedContent: []string{`<label for="f-max_pending_invitations">Invitations a mentee may have waiting for an answer at once`,
			`name="max_pending_invitations" type="number" value="3"`}}).Test(t)
	(&tests.ApiScenario{Name: "a new limit", Method: http.MethodPost, URL: "/coordinate/nordic/settings", Headers: headers,
		Body: settingsForm("max_pending_invitations", "5"), TestAppFactory: factory, ExpectedStatus: http.StatusSeeOther,
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if n := programNamed(t, app, "nordic").GetInt("max_pending_invitations"); n != 5 {
				t.Errorf("the limit is %d, want 5", n)
			}
		}}).Test(t)
	for _, typed := range []string{"0", "51", "three"} {
		(&tests.ApiScenario{Name: "a limit of " + typed, Method: http.MethodPost, URL: "/coordinate/nordic/settings", Headers: headers,
			Body: settingsForm("max_pending_invitations", typed), TestAppFactory: factory, ExpectedStatus: http.StatusUnprocessableEntity,
			ExpectedContent: []string{`id="e-max_pending_invitations">Enter a whole number from 1 to 50`, `value="` + typed + `"`}}).Test(t)
	}
	apiHeaders, apiFactory := as(seedSettings, "coord", "Content-Type", "application/json")
	(&tests.ApiScenario{Name: "a limit of 0 through the REST API", Method: http.MethodPatch,
		URL: "/api/collections/programs/records/" + programNamed(t, seedSettings(t), "nordic").Id, Headers: apiHeaders,
		Body: strings.NewReader(`{"max_pending_invitations": 0}`), TestAppFactory: apiFactory,
		ExpectedStatus: 400, ExpectedContent: []string{`"max_pending_invitations":{"code":"settings.error.pending"`}}).Test(t)
}

// TestSettingsNumbersNameTheirBounds: a number over what the programme takes is refused
// beside its field with the largest it takes, and an invitation expiry of 0 days (every
// invitation would expire before the mentor could answer) with why, on the portal as through
// the REST API; what was typed stays.
func TestSettingsNumbersNameTheirBounds(t *testing.T) {
	t.Parallel()
	headers, factory := as(seedSettings, "coord")
	for _, c := range []struct{ field, typed, says string }{
		{"invitation_ttl_days", "0", "Enter a whole number of days from 1 to 365: with 0, an invitation would expire"},
		{"invitation_ttl_days", "400", "Enter a whole number of days from 1 to 365"},
		{"recommended_meetings", "1000", "Enter a whole number from 0 to 100."},
		{"close_after_days", "1000", "Enter a whole number from 0 to 730."},
	} {
		(&tests.ApiScenario{Name: c.field + " " + c.typed, Method: http.MethodPost, URL: "/coordinate/nordic/settings", Headers: headers,
			Body: settingsForm(c.field, c.typed), TestAppFactory: factory, ExpectedStatus: http.StatusUnprocessableEntity,
			ExpectedContent: []string{`id="e-` + c.field + `">` + c.says, `name="` + c.field + `" type="number" value="` + c.typed + `"`},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if n := programNamed(t, app, "nordic").GetInt("invitation_ttl_days"); n != 14 {
					t.Errorf("invitations now expire after %d days", n)
				}
			}}).Test(t)
	}
	apiHeaders, apiFactory := as(seedSettings, "coord", "Content-Type", "application/json")
	(&tests.ApiScenario{Name: "invitations expiring at once through the REST API", Method: http.MethodPatch,
		URL: "/api/collections/programs/records/" + programNamed(t, seedSettings(t), "nordic").Id, Headers: apiHeaders,
		Body: strings.NewReader(`{"invitation_ttl_days": 0}`), TestAppFactory: apiFactory,
		ExpectedStatus: 400, ExpectedContent: []string{`"invitation_ttl_days":{"code":"settings.error.invitation_days"`}}).Test(t)
}

// TestSettingsForSuperusers: an admin's superuser token opens and saves any programme's
// settings, as the dashboard would let them; without SMTP the page says mail is only queued.
func TestSettingsForSuperusers(t *testing.T) {
	t.Parallel()
	headers := map[string]string{"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies(t, nil)}
	factory := func(t testing.TB) *tests.TestApp {
		app := seedSettings(t)
		superusers, err := app.FindCollectionByNameOrId(core.CollectionNameSuperusers)
		if err != nil {
			t.Fatal(err)
		}
		admin := core.NewRecord(superusers)
		admin.SetEmail("admin@example.org")
		admin.SetPassword(password)
		apptest.Build(t, app).Save(admin)
		token, err := admin.NewAuthToken()
		if err != nil {
			t.Fatal(err)
		}
		headers["Authorization"] = token
		return app
	}
	(&tests.ApiScenario{Name: "an admin opens the settings", Method: http.MethodGet, URL: "/coordinate/nordic/settings",
		Headers: headers, TestAppFactory: factory, ExpectedStatus: 200, ExpectedContent: []string{`value="Nordiskt mentorskap"`, `id="mail-queued"`}}).Test(t)
	(&tests.ApiScenario{Name: "with SMTP set, no word of queued mail", Method: http.MethodGet, URL: "/coordinate/nordic/settings",
		Headers: headers, ExpectedStatus: 200, ExpectedContent: []string{`value="Nordiskt mentorskap"`}, NotExpectedContent: []string{`id="mail-queued"`},
		TestAppFactory: func(t testing.TB) *tests.TestApp {
			app := factory(t)
			settings := app.Settings()
			settings.SMTP.Enabled, settings.SMTP.Host, settings.SMTP.Port = true, "smtp.example.org", 587
			if err := app.Save(settings); err != nil {
				t.Fatal(err)
			}
			return app
		}}).Test(t)
	(&tests.ApiScenario{Name: "an admin saves them", Method: http.MethodPost, URL: "/coordinate/nordic/settings",
		Headers: headers, Body: settingsForm("name_en", "Renamed by the admin"), TestAppFactory: factory, ExpectedStatus: 303,
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if name := programNamed(t, app, "nordic").GetString("name_en"); name != "Renamed by the admin" {
				t.Errorf("name_en %q", name)
			}
		}}).Test(t)
}
