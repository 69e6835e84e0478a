package ui

import (
	"strconv"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/outbox"
	"github.com/mentorbase/mentorbase/workspace"
)

// cohortMailView is the cohort mail page: the segment, who it reaches, one text per
// programme language, a preview and the sent log.
type cohortMailView struct {
	Slug, Name, NameLang string
	Segments, Ready      []string
	Segment              string
	Days                 int
	EventID              string
	Events               []*core.Record
	Token                string
	Texts                []cohortTextField
	Recipients           []workspace.Recipient
	Counted              bool // the segment was looked at (a count of 0 is news)
	PreviewFor           string
	Preview              *outbox.Mail
	Log                  []cohortLogEntry
}

// cohortTextField is the subject and text of one programme language on the form.
type cohortTextField struct {
	Lang string
	workspace.CohortText
}

// cohortLogEntry is one sent cohort mail and its letters.
type cohortLogEntry struct {
	Mail    *core.Record
	Letters []*core.Record
}

// newCohortMailView reads the form (or its defaults: everyone, 30 days, the first ready
// text when ready names one) for program.
func newCohortMailView(e *core.RequestEvent, program *core.Record) (*cohortMailView, error) {
	name, nameLang := mentoring.ProgramText(program, "name", requestLocale(e))
	v := &cohortMailView{Slug: program.GetString("slug"), Name: name, NameLang: nameLang,
		Segments: kernel.Segments, Ready: workspace.ReadyTexts,
		Segment: formValue(e, "segment", kernel.SegmentEveryone), EventID: formValue(e, "event", ""),
		Token: formValue(e, "token", security.RandomString(32)), PreviewFor: formValue(e, "preview_for", "")}
	v.Days, _ = strconv.Atoi(formValue(e, "days", "30"))
	ready := e.Request.URL.Query().Get("ready")
	for _, lang := range program.GetStringSlice("languages") {
		t := workspace.CohortText{Subject: e.Request.FormValue("subject_" + lang), Body: e.Request.FormValue("body_" + lang)}
		if ready != "" && e.Request.Method == "GET" {
			t = workspace.ReadyText(ready, lang)
		}
		v.Texts = append(v.Texts, cohortTextField{Lang: lang, CohortText: t})
	}
	var err error
	v.Events, err = e.App.FindRecordsByFilter(kernel.CollectionEvents, "program = {:p}", "-starts_at", 50, 0, dbx.Params{"p": program.Id})
	if err != nil {
		return nil, err
	}
	mails, letters, err := workspace.CohortLog(e.App, program.Id)
	for _, m := range mails {
		v.Log = append(v.Log, cohortLogEntry{Mail: m, Letters: letters[m.Id]})
	}
	return v, err
}

// formValue is the request's field name (query or form), else fallback.
func formValue(e *core.RequestEvent, name, fallback string) string {
	if value := e.Request.FormValue(name); value != "" {
		return value
	}
	return fallback
}

// draft is the mail the form holds.
func (v *cohortMailView) draft() workspace.CohortDraft {
	d := workspace.CohortDraft{Token: v.Token, Texts: map[string]workspace.CohortText{},
		Segment: workspace.Segment{Kind: v.Segment, Days: v.Days, EventID: v.EventID}}
	for _, t := range v.Texts {
		d.Texts[t.Lang] = t.CohortText
	}
	return d
}

// renderCohortMail renders the page with errs beside their fields and notice above it.
func (s *server) renderCohortMail(e *core.RequestEvent, status int, v *cohortMailView, errs map[string]string, notice string) error {
	p := newPage(e, "cohortmail.title")
	p.Data = v
	if notice != "" {
		p.Flash = notice
	}
	for k, msg := range errs {
		p.Errors[k] = msg
	}
	return s.render(e, status, "cohortmail_show", p)
}
