package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// applicationFormData is what the application form template shows.
type applicationFormData struct {
	Program  programCard
	Role     string
	Action   string // where the form posts
	Editing  *core.Record
	Choosers map[string]chooser
	// Withdrawable: the application being edited is not withdrawn; the form offers to withdraw it.
	Withdrawable bool
	// CharterDue: the programme's charter has a version the person has not accepted yet.
	CharterDue bool
	// ConsentDue: the application's consent is to an older privacy notice (mentoring.ConsentDue).
	ConsentDue bool
}

// applicationTitleKeys are the titles of the two forms.
var applicationTitleKeys = map[string]string{kernel.RoleMentor: "application.title_mentor", kernel.RoleMentee: "application.title_mentee"}

// applicationTarget reads the programme and the role of an /programs/{slug}/apply/{role} address;
// ok is false for an unknown or hidden programme or an unknown role.
func applicationTarget(e *core.RequestEvent) (program *core.Record, role string, ok bool) {
	role = e.Request.PathValue("role")
	program, ok = visibleProgram(e)
	if !ok || !validRole(role) {
		return nil, "", false
	}
	return program, role, true
}

// userApplication is the person's application to program, or nil.
func userApplication(app core.App, userID, programID string) *core.Record {
	r, err := app.FindFirstRecordByFilter(kernel.CollectionApplications, "user = {:u} && program = {:p}",
		dbx.Params{"u": userID, "p": programID})
	if err != nil {
		return nil
	}
	return r
}

// renderApplicationForm shows role's application form for program, filled with in; editing is the
// saved application being changed, or nil for a new one.
func (s *server) renderApplicationForm(e *core.RequestEvent, status int, program *core.Record, in applicationInput, errs map[string]string, editing *core.Record) error {
	if errs["area"] != "" && in.Single["area"] == "" {
		// The domain refuses any area outside the programme's list, none included; to the
		// person who chose nothing, the field is simply required.
		errs["area"] = translate(e, "mentoring.field.required")
	}
	choosers, err := formChoosers(e, program, in, errs)
	if err != nil {
		return err
	}
	p := newPage(e, applicationTitleKeys[in.Role])
	p.Form, p.Errors = in.Single, errs
	action := "/programs/" + program.GetString("slug") + "/apply/" + in.Role
	due, withdrawable := false, false
	if editing != nil {
		p.Title = translate(e, "application.edit_title")
		action = "/applications/" + editing.Id + "/edit"
		if withdrawable = editing.GetString("status") != kernel.ApplicationWithdrawn; withdrawable {
			if due, err = charterDue(e.App, e.Auth.Id, program.Id); err != nil {
				return err
			}
		}
	}
	consentDue := editing != nil && mentoring.ConsentDue(editing)
	p.Data = applicationFormData{newProgramCard(program, requestLocale(e), time.Now()), in.Role, action, editing, choosers, withdrawable, due, consentDue}
	return s.render(e, status, "application_form", p)
}

// renderApplicationNotice shows a message instead of the form (applications closed, already applied
// in the other role), with a way onwards.
func (s *server) renderApplicationNotice(e *core.RequestEvent, status int, program *core.Record, messageKey, linkURL, linkKey string) error {
	p := newPage(e, "application.notice_title")
	p.Data = struct {
		Program                  programCard
		Message, LinkURL, LinkTo string
	}{newProgramCard(program, requestLocale(e), time.Now()), translate(e, messageKey), linkURL, translate(e, linkKey)}
	return s.render(e, status, "application_notice", p)
}

// statusOfForm is the HTTP status of a form shown again because of errors.
const statusOfForm = http.StatusUnprocessableEntity
