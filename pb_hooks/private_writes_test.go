package pb_hooks_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// Hidden fields stay writable through the REST API by the people who write them in the
// portal: the applicant their consent and other wishes, the coordinators the decision
// message, a person their phone. Nobody else's value gets through.
func TestPrivateFieldsAreWrittenByTheirWriters(t *testing.T) {
	w := newWorld(t)
	patch := func(name, who, url, body string, status int, expected, notExpected []string) tests.ApiScenario {
		return w.call(name, who, http.MethodPatch, url, body, status, expected, notExpected)
	}
	application := "/api/collections/applications/records/" + id("appmentee1")
	register := w.call("a person registering gives their phone", "visitor", http.MethodPost, "/api/collections/users/records",
		`{"email":"new@example.com","password":"secret-pass-123","passwordConfirm":"secret-pass-123","phone":"+46701234567"}`, 200,
		[]string{`"id":`}, nil)
	register.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) {
		person, err := app.FindAuthRecordByEmail("users", "new@example.com")
		if err != nil || person.GetString("phone") != "+46701234567" {
			t.Fatalf("registered person %v has phone %q", err, person.GetString("phone"))
		}
	}
	run(t, []tests.ApiScenario{
		patch("the applicant gives consent and other wishes", "mentee1", application, `{"other_wishes":"new wishes","consent":true}`, 200,
			[]string{"new wishes", `"consent":true`}, nil),
		patch("the applicant does not word the decision", "mentee1", application, `{"decision_message":"I approve myself"}`, 200,
			[]string{"decision for mentee1"}, []string{"I approve myself"}),
		patch("the coordinator words the decision", "coorda", application, `{"decision_message":"Welcome aboard"}`, 200,
			[]string{"Welcome aboard"}, nil),
		patch("the coordinator does not rewrite the applicant's wishes", "coorda", application, `{"other_wishes":"coordinator's words"}`, 200,
			[]string{"wishes of mentee1"}, []string{"coordinator's words"}),
		patch("the partner writes none of them", "mentor1", application, `{"other_wishes":"partner's words"}`, 404,
			nil, []string{"partner's words"}),
		patch("a person sets their phone", "mentee1", "/api/collections/users/records/"+id("mentee1"), `{"phone":"+46709999999"}`, 200,
			[]string{"+46709999999"}, nil),
		register,
	})
}
