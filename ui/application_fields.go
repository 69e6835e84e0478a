package ui

import (
	"strconv"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// The fields of the mentor's and the mentee's application forms, by role. singleFields are one
// value each (text, numbers, a single choice, or a ticked box sent as "on"); multiFields are
// checkbox groups.
var (
	singleFields = map[string][]string{
		kernel.RoleMentor: {"organisation", "industry", "job_function", "education", "city", "area", "english_ok",
			"capacity", "availability", "bio", "other_wishes", "listed_in_directory", "phone", "consent"},
		kernel.RoleMentee: {"study_programme", "study_year", "city", "area", "motivation", "expectations",
			"contribution", "other_wishes", "phone", "consent"},
	}
	multiFields = map[string][]string{
		kernel.RoleMentor: {"languages", "skills", "interests", "meeting_modes"},
		kernel.RoleMentee: {"languages", "interests", "development_areas", "industries", "job_functions", "meeting_modes"},
	}
	boolFields   = map[string]bool{"english_ok": true, "listed_in_directory": true, "consent": true}
	numberFields = map[string]bool{"capacity": true, "study_year": true}
)

// validRole reports whether role is one a person applies with.
func validRole(role string) bool {
	return role == kernel.RoleMentor || role == kernel.RoleMentee
}

// applicationInput is what a person typed or chose in an application form, kept as typed so
// the form shows it again when something is wrong.
type applicationInput struct {
	Role   string
	Single map[string]string
	Multi  map[string][]string
}

// readApplicationInput reads the posted form of role.
func readApplicationInput(e *core.RequestEvent, role string) applicationInput {
	in := applicationInput{Role: role, Single: formValues(e, singleFields[role]...), Multi: map[string][]string{}}
	for name := range boolFields {
		if _, ok := in.Single[name]; ok && in.Single[name] != "" {
			in.Single[name] = "on"
		}
	}
	for _, name := range multiFields[role] {
		var values []string
		for _, v := range e.Request.PostForm[name] {
			if v = strings.TrimSpace(v); v != "" {
				values = append(values, v)
			}
		}
		in.Multi[name] = values
	}
	return in
}

// applicationInputOf fills the form from a saved application and its applicant's phone.
func applicationInputOf(application, user *core.Record) applicationInput {
	role := application.GetString("role")
	in := applicationInput{Role: role, Single: map[string]string{}, Multi: map[string][]string{}}
	for _, name := range singleFields[role] {
		switch {
		case name == "phone":
			in.Single[name] = user.GetString("phone")
		case boolFields[name]:
			if application.GetBool(name) {
				in.Single[name] = "on"
			}
		case numberFields[name]:
			if n := application.GetInt(name); n != 0 {
				in.Single[name] = strconv.Itoa(n)
			}
		default:
			in.Single[name] = application.GetString(name)
		}
	}
	for _, name := range multiFields[role] {
		in.Multi[name] = application.GetStringSlice(name)
	}
	return in
}

// number reads a number field; empty is 0, anything else must be a whole number.
func (in applicationInput) number(name string) (int, bool) {
	v := in.Single[name]
	if v == "" {
		return 0, true
	}
	n, err := strconv.Atoi(v)
	return n, err == nil && n >= 0
}
