package ui

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// reviewAnswer is one question of the application form with the applicant's answer, as text.
type reviewAnswer struct{ Label, Value string }

// answerLabels name the answers the review page shows, in the form's order.
var answerLabels = []struct{ Field, Key string }{
	{"organisation", "apply.field.organisation"}, {"industry", "apply.field.industry"},
	{"job_function", "apply.field.job_function"}, {"education", "apply.field.education"},
	{"study_programme", "apply.field.study_programme"}, {"study_year", "apply.field.study_year"},
	{"city", "apply.field.city"}, {"area", "apply.field.area"}, {"languages", "apply.field.languages"},
	{"english_ok", "apply.field.english_ok"}, {"meeting_modes", "apply.field.meeting_modes"},
	{"skills", "apply.field.skills"}, {"interests", "apply.field.interests"},
	{"development_areas", "apply.field.development_areas"}, {"capacity", "apply.field.capacity"},
	{"availability", "apply.field.availability"}, {"bio", "apply.field.bio"},
	{"listed_in_directory", "apply.field.listed_in_directory"}, {"motivation", "apply.field.motivation"},
	{"expectations", "apply.field.expectations"}, {"contribution", "apply.field.contribution"},
	{"other_wishes", "apply.field.other_wishes"}, {"consent", "apply.field.consent"},
}

// reviewShow is the whole application for the programme's coordinators, with the applicant's
// contact details and the decision form.
func (s *server) reviewShow(e *core.RequestEvent) error {
	application, program, ok := reviewedApplication(e)
	if !ok {
		return s.renderNotFound(e)
	}
	return s.renderReview(e, http.StatusOK, application, program, map[string]string{}, map[string]string{})
}

// renderReview renders the review page, also after a refused decision.
func (s *server) renderReview(e *core.RequestEvent, status int, application, program *core.Record, form, errs map[string]string) error {
	user, err := e.App.FindRecordById(kernel.CollectionUsers, application.GetString("user"))
	if err != nil {
		return err
	}
	answers, err := applicationAnswers(e, application, program)
	if err != nil {
		return err
	}
	p := newPage(e, "review.show_title")
	p.Form, p.Errors = form, errs
	p.Data = struct {
		Program                                        programCard
		ID, Name, Email, Phone, Role, Status, Decision string
		Submitted                                      time.Time
		Answers                                        []reviewAnswer
	}{newProgramCard(program, time.Now()), application.Id, user.GetString("name"), user.Email(),
		user.GetString("phone"), applyRoleKeys[application.GetString("role")], applyStatusKeys[application.GetString("status")],
		application.GetString("decision_message"), application.GetDateTime("created").Time(), answers}
	return s.render(e, status, "review_show", p)
}

// applicationAnswers lists the answers given, in the viewer's language: tag and language
// names instead of ids and codes, yes or no for ticked boxes. Unanswered questions are left
// out, and so is an area named like the city.
func applicationAnswers(e *core.RequestEvent, application, program *core.Record) ([]reviewAnswer, error) {
	in := applicationInput{Role: application.GetString("role"), Single: map[string]string{}, Multi: map[string][]string{}}
	choosers, err := formChoosers(e, program, in, nil)
	if err != nil {
		return nil, err
	}
	var out []reviewAnswer
	for _, a := range answerLabels {
		if a.Field == "area" && sameName(application.GetString("area"), application.GetString("city")) {
			continue // the city already says it
		}
		value := ""
		switch {
		case boolFields[a.Field]:
			value = translate(e, reviewYesNo[application.GetBool(a.Field)])
		case numberFields[a.Field]:
			if n := application.GetInt(a.Field); n > 0 {
				value = strconv.Itoa(n)
			}
		default:
			value = chosenLabels(choosers[a.Field], application.GetStringSlice(a.Field))
			if value == "" {
				value = application.GetString(a.Field)
			}
		}
		if value != "" && (application.GetString("role") == kernel.RoleMentor || a.Field != "english_ok" && a.Field != "listed_in_directory") {
			out = append(out, reviewAnswer{translate(e, a.Key), value})
		}
	}
	return out, nil
}

// reviewYesNo translate a ticked box.
var reviewYesNo = map[bool]string{true: "review.yes", false: "review.no"}

// chosenLabels are the labels of values in c, comma-separated.
func chosenLabels(c chooser, values []string) string {
	var labels []string
	for _, o := range c.Options {
		for _, v := range values {
			if o.Value == v {
				labels = append(labels, o.Label)
			}
		}
	}
	return strings.Join(labels, ", ")
}
