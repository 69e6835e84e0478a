package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// A mentee who fills the portal's form can meet every criterion: with a mentor who offers all
// they ask for, the pair scores 100/100 under the default criteria, each criterion matched.
func TestMenteeThroughTheFormCanScoreAHundred(t *testing.T) {
	t.Parallel()
	setup := func(t testing.TB, w *applicationWorld) {
		acceptAs(t, w, "ada", "mentee")
		mentor := w.application(t, "eve", "mentor", func(f *mentoring.ApplicationForm) {
			f.Industry, f.JobFunction, f.EnglishOK = w.tags["software"], w.tags["engineering"], true
			f.Skills = []string{w.tags["public_speaking"], w.tags["networking"]}
			f.Interests = []string{w.tags["energy"]}
			f.Languages = []string{"en", "fr"}
		})
		mentor.Set("status", kernel.ApplicationApproved)
		if err := w.app.Save(mentor); err != nil {
			t.Fatal(err)
		}
	}
	tags := seedApplication(t, "self_service").tags // a copy of the same world: the same tag ids
	headers, factory := as(applicationsIn("self_service", setup), "ada")
	scenario := tests.ApiScenario{Name: "the mentee's answers meet every criterion", Method: http.MethodPost,
		URL: "/programs/open-call/apply/mentee", Headers: headers, TestAppFactory: factory, ExpectedStatus: http.StatusSeeOther,
		Body: post("study_programme", "Informatique", "city", "Lille", "area", "Lille", "languages", "en",
			"meeting_modes", "video", "interests", tags["energy"], "development_areas", tags["public_speaking"],
			"industries", tags["software"], "job_functions", tags["engineering"], "consent", "on"),
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			mentee, err := app.FindFirstRecordByFilter("applications", "user.email = 'ada@example.org'")
			if err != nil {
				t.Fatal("no application was saved")
			}
			mentor, err := app.FindFirstRecordByFilter("applications", "user.email = 'eve@example.org'")
			if err != nil {
				t.Fatal(err)
			}
			res, err := mentoring.ScorePair(app, mentee, mentor)
			if err != nil || res.Score != 100 || len(res.Explanation) != 8 {
				t.Fatalf("score %d with %d criteria (%v), want 100 with all 8: %+v", res.Score, len(res.Explanation), err, res)
			}
		}}
	scenario.Test(t)
}
