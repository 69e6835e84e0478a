package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

func TestApplicationFormSaysWhatIsRequired(t *testing.T) {
	t.Parallel()
	required := `<span class="required">(required)</span>`
	accepted := func(t testing.TB, w *applicationWorld) { acceptAs(t, w, "eve", "mentee") }
	scenarios := []tests.ApiScenario{
		{Name: "the intro and the labels say which answers are required", Method: http.MethodGet,
			URL: "/programs/open-call/apply/mentee", ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{say("en", "application.intro"), "marked (required) must be answered",
				`<label for="f-area">` + say("en", "application.field.area") + " " + required + `</label>`,
				`<legend>` + say("en", "application.field.languages") + " " + required + `</legend>`,
				`<legend>` + say("en", "application.field.meeting_modes") + " " + required + `</legend>`,
				say("en", "application.field.consent") + " " + required + `</label>`,
				`<select id="f-area" name="area" aria-required="true"`},
			NotExpectedContent: []string{"Fields you leave empty are simply not used",
				`<label for="f-city">` + say("en", "application.field.city") + " " + required}},
		{Name: "a missing area is required, not a wrong choice", Method: http.MethodPost,
			URL: "/programs/open-call/apply/mentee", Body: post("consent", "on", "city", "Lille"),
			ExpectedStatus: http.StatusUnprocessableEntity,
			ExpectedContent: []string{`<p class="error" id="e-area">` + say("en", "mentoring.field.required") + `</p>`,
				`<p class="error" id="e-languages">` + say("en", "mentoring.field.required") + `</p>`,
				`<p class="error" id="e-meeting_modes">` + say("en", "mentoring.field.required") + `</p>`},
			NotExpectedContent: []string{say("en", "mentoring.field.invalid_choice")}},
		{Name: "an area outside the programme's list is still a wrong choice", Method: http.MethodPost,
			URL: "/programs/open-call/apply/mentee", Body: post("consent", "on", "area", "Atlantis",
				"languages", "en", "meeting_modes", "video"),
			ExpectedStatus:  http.StatusUnprocessableEntity,
			ExpectedContent: []string{`<p class="error" id="e-area">` + say("en", "mentoring.field.invalid_choice") + `</p>`}},
	}
	for _, s := range scenarios {
		s.Headers, s.TestAppFactory = as(applicationsIn("coordinated", accepted), "eve")
		s.Test(t)
	}
}
