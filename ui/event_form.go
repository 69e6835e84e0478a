package ui

import (
	"net/http"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/workspace"
)

// eventFormView is the coordinators' event form: a new event, or the event EventID.
type eventFormView struct {
	Slug, ProgramName, Zone, EventID string
	ProgramLang                      string   // of ProgramName (own_words.go marks it when not the page's)
	Languages                        []string // the programme's, first one first: a title and text each
	Kinds, Audiences                 []string
}

// eventFieldNames are the form's fields for program: the shared ones, then a title and a
// description per programme language.
func eventFieldNames(program *core.Record) []string {
	names := []string{"kind", "audience", "starts_at", "ends_at", "location"}
	for _, lang := range program.GetStringSlice("languages") {
		names = append(names, "title_"+lang, "description_"+lang)
	}
	return names
}

// readEventForm reads the coordinators' event form; starts_at and ends_at are wall-clock
// times in the programme's zone, read as the settings' dates are: a time the clocks skip is
// refused beside its field rather than moved an hour. The form's values come back to fill it
// again.
func readEventForm(e *core.RequestEvent, program *core.Record) (workspace.EventForm, map[string]string, error) {
	form := formValues(e, eventFieldNames(program)...)
	f := workspace.EventForm{Kind: form["kind"], Audience: form["audience"], Location: form["location"],
		Texts: map[string]workspace.EventText{}}
	for _, lang := range program.GetStringSlice("languages") {
		f.Texts[lang] = workspace.EventText{Title: form["title_"+lang], Description: form["description_"+lang], Lang: lang}
	}
	errs := validation.Errors{}
	loc := kernel.ProgramZone(program)
	for field, at := range map[string]*time.Time{"starts_at": &f.Start, "ends_at": &f.End} {
		t, err := kernel.ParseLocalInput(field, form[field], loc)
		if err == nil && t.IsZero() && field == "starts_at" {
			err = kernel.RefuseField(field, kernel.CodeLocalTimeInvalid)
		}
		if err != nil {
			errs[field] = err
		}
		*at = t
	}
	if len(errs) > 0 {
		return f, form, errs
	}
	return f, form, nil
}

// eventFormValues fills the form with what event holds, times in the programme's zone.
func eventFormValues(event, program *core.Record) map[string]string {
	loc := kernel.ProgramZone(program)
	form := map[string]string{"kind": event.GetString("kind"), "audience": workspace.EventAudience(event),
		"location":  event.GetString("location"),
		"starts_at": kernel.LocalInput(event.GetDateTime("starts_at").Time(), loc),
		"ends_at":   kernel.LocalInput(event.GetDateTime("ends_at").Time(), loc)}
	for _, lang := range program.GetStringSlice("languages") {
		text := workspace.EventTextIn(event, program, lang)
		if text.Lang == lang {
			form["title_"+lang], form["description_"+lang] = text.Title, text.Description
		}
	}
	return form
}

// renderEventForm shows the event form (event nil for a new one) with p's values and errors.
func (s *server) renderEventForm(e *core.RequestEvent, status int, p *page, program, event *core.Record) error {
	v := eventFormView{Slug: program.GetString("slug"),
		Zone: kernel.ProgramZone(program).String(), Languages: program.GetStringSlice("languages"),
		Kinds: kernel.EventKinds, Audiences: kernel.EventAudiences}
	v.ProgramName, v.ProgramLang = mentoring.ProgramText(program, "name", p.Locale)
	if event != nil {
		v.EventID = event.Id
	}
	if p.Form["audience"] == "" {
		p.Form["audience"] = kernel.AudienceAll
	}
	p.Data = v
	return s.render(e, status, "event_form", p)
}

// eventFailure answers a refused event form: the form again with each message beside its
// field (a date outside the programme's window names the days it takes), nothing typed lost.
func (s *server) eventFailure(e *core.RequestEvent, err error, p *page, program, event *core.Record) error {
	return s.answerRefusal(e, err, func(errs map[string]string) error {
		p.Errors = errs
		if window, ok := dateWindowMessage(e, err); ok {
			p.Errors["starts_at"] = window
		}
		if p.Errors[""] == "" {
			p.Errors[""] = translate(e, "events.form.fix")
		}
		return s.renderEventForm(e, http.StatusUnprocessableEntity, p, program, event)
	})
}
