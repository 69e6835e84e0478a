package ui

import (
	"html/template"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// reviewAnswer is one question of the application form with the applicant's answer.
type reviewAnswer struct {
	Label string
	Value template.HTML // escaped, chosen labels in another language marked with theirs
}

// answerLabels name the answers the review page shows, in the form's order.
var answerLabels = []struct{ Field, Key string }{
	{"organisation", "application.field.organisation"}, {"industry", "application.field.industry"},
	{"job_function", "application.field.job_function"}, {"education", "application.field.education"},
	{"study_programme", "application.field.study_programme"}, {"study_year", "application.field.study_year"},
	{"city", "application.field.city"}, {"area", "application.field.area"}, {"languages", "application.field.languages"},
	{"english_ok", "application.field.english_ok"}, {"meeting_modes", "application.field.meeting_modes"},
	{"skills", "application.field.skills"}, {"interests", "application.field.interests"},
	{"development_areas", "application.field.development_areas"}, {"industries", "application.field.industries"},
	{"job_functions", "application.field.job_functions"}, {"capacity", "application.field.capacity"},
	{"availability", "application.field.availability"}, {"bio", "application.field.bio"},
	{"listed_in_directory", "application.field.listed_in_directory"}, {"motivation", "application.field.motivation"},
	{"expectations", "application.field.expectations"}, {"contribution", "application.field.contribution"},
	{"other_wishes", "application.field.other_wishes"}, {"consent", "application.field.consent"},
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
	email, phone := user.Email(), user.GetString("phone")
	if kernel.IsFormerParticipant(user) {
		email = "" // the stand-in's address is a placeholder nobody can write to
	}
	p := newPage(e, "review.show_title")
	p.Form, p.Errors = form, errs
	p.Data = struct {
		Program                                        programCard
		ID, Name, Email, Phone, Role, Status, Decision string
		Submitted                                      time.Time
		Answers                                        []reviewAnswer
		CanErase                                       bool // the applicant is not a former participant
	}{newProgramCard(program, requestLocale(e), time.Now()), application.Id, user.GetString("name"), email,
		phone, workspace.RoleKeys[application.GetString("role")], workspace.ApplicationStatusKeys[application.GetString("status")],
		application.GetString("decision_message"), application.GetDateTime("created").Time(), answers,
		!kernel.IsFormerParticipant(user)}
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
		var value template.HTML
		switch {
		case boolFields[a.Field]:
			value = template.HTML(template.HTMLEscapeString(translate(e, reviewYesNo[application.GetBool(a.Field)])))
		case numberFields[a.Field]:
			if n := application.GetInt(a.Field); n > 0 {
				value = template.HTML(strconv.Itoa(n))
			}
		default:
			value = chosenLabels(requestLocale(e), choosers[a.Field], application.GetStringSlice(a.Field))
			if value == "" {
				value = template.HTML(template.HTMLEscapeString(application.GetString(a.Field)))
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

// chosenLabels are the labels of values in c, comma-separated, for a page in locale.
func chosenLabels(locale string, c chooser, values []string) template.HTML {
	var labels, langs []string
	for _, o := range c.Options {
		if slices.Contains(values, o.Value) {
			labels, langs = append(labels, o.Label), append(langs, o.Lang)
		}
	}
	return ownWords(locale, labels, langs)
}
