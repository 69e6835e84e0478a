package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// Without an SMTP server, the coordinators' page says that mail is queued and not sent and
// where a superuser reads it; once an admin sets one, it says nothing of it.
func TestCoordinatorsAreToldMailIsOnlyQueued(t *testing.T) {
	t.Parallel()
	notice := `id="mail-queued"`
	headers, factory := as(seedPrivacy, "coord")
	(&tests.ApiScenario{Name: "no SMTP", Method: http.MethodGet, URL: "/coordinate", Headers: headers, TestAppFactory: factory,
		ExpectedStatus: http.StatusOK, ExpectedContent: []string{notice, "queued", "outbox"}}).Test(t)
	(&tests.ApiScenario{Name: "SMTP set", Method: http.MethodGet, URL: "/coordinate", Headers: headers,
		TestAppFactory: func(t testing.TB) *tests.TestApp {
			app := factory(t)
			settings := app.Settings()
			settings.SMTP.Enabled, settings.SMTP.Host, settings.SMTP.Port = true, "smtp.example.org", 587
			if err := app.Save(settings); err != nil {
				t.Fatal(err)
			}
			return app
		},
		ExpectedStatus: http.StatusOK, ExpectedContent: []string{"/coordinate/alumni/applications"}, NotExpectedContent: []string{notice}}).Test(t)
}
