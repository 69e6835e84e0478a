package ui

import (
	"cmp"
	"net/url"
	"strconv"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/outbox"
	"github.com/mentorbase/mentorbase/workspace"
)

// cohortLogPageSize is how many letters a page of the sent log lists.
const cohortLogPageSize = 20

// cohortMailView is the cohort mail page: the segment, who it reaches, one text per
// programme language, a preview and a page of the sent log.
type cohortMailView struct {
	Slug, Name, NameLang string
	Segments, Ready      []string
	Segment              string
	Days                 int
	EventID              string
	Events               []cohortEvent
	Token                string
	Texts                []cohortTextField
	Recipients           []workspace.Recipient
	Counted              bool // the segment was looked at (a count of 0 is news)
	PreviewFor           string
	Preview              *outbox.Mail
	Log                  []workspace.CohortLogRow
	LogPager             pager
	programID            string
}

// cohortEvent is an event of the programme as the picker names it, in the reader's language
// when it has a title in it (else Lang says which).
type cohortEvent struct {
	ID, Title, Lang string
	StartsAt        time.Time
}

// cohortTextField is the subject and text of one programme language on the form.
type cohortTextField struct {
	Lang string
	workspace.CohortText
}

// newCohortMailView reads the form (or its defaults: everyone, 30 days, the first ready
// text when ready names one) for program, with the programme's events.
func newCohortMailView(e *core.RequestEvent, program *core.Record) (*cohortMailView, error) {
	locale := requestLocale(e)
	name, nameLang := mentoring.ProgramText(program, "name", locale)
	form := formValues(e, "segment", "event", "token", "preview_for", "days")
	v := &cohortMailView{Slug: program.GetString("slug"), Name: name, NameLang: nameLang, programID: program.Id,
		Segments: kernel.Segments, Ready: workspace.ReadyTexts,
		Segment: cmp.Or(form["segment"], kernel.SegmentEveryone), EventID: form["event"],
		Token: cmp.Or(form["token"], security.RandomString(32)), PreviewFor: form["preview_for"]}
	v.Days, _ = strconv.Atoi(cmp.Or(form["days"], "30"))
	ready := e.Request.URL.Query().Get("ready")
	for _, lang := range program.GetStringSlice("languages") {
		t := workspace.CohortText{Subject: e.Request.PostFormValue("subject_" + lang), Body: e.Request.PostFormValue("body_" + lang)}
		if ready != "" && e.Request.Method == "GET" {
			t = workspace.ReadyText(ready, lang)
		}
		v.Texts = append(v.Texts, cohortTextField{Lang: lang, CohortText: t})
	}
	events, err := e.App.FindRecordsByFilter(kernel.CollectionEvents, "program = {:p}", "-starts_at", 50, 0, dbx.Params{"p": program.Id})
	if err != nil {
		return nil, err
	}
	for _, ev := range events {
		text := workspace.EventTextIn(ev, program, locale)
		v.Events = append(v.Events, cohortEvent{ID: ev.Id, Title: text.Title, Lang: text.Lang, StartsAt: ev.GetDateTime("starts_at").Time()})
	}
	return v, nil
}

// readLog reads a page of the sent log; its pager's plain links (?page=N) lead back to it.
func (v *cohortMailView) readLog(app core.App, page int) error {
	rows, total, err := workspace.CohortLog(app, v.programID, (page-1)*cohortLogPageSize, cohortLogPageSize)
	v.Log = rows
	v.LogPager = sizedPager("/coordinate/"+v.Slug+"/mail", url.Values{}, page, total, cohortLogPageSize).at("cohort-log-heading")
	return err
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

// renderCohortMail renders the page with errs beside their fields and notice above it, and
// the page of the sent log the address asks for, read last: after a send it starts with the
// letters just queued.
func (s *server) renderCohortMail(e *core.RequestEvent, status int, v *cohortMailView, errs map[string]string, notice string) error {
	if err := v.readLog(e.App, pageNumber(e.Request.URL.Query())); err != nil {
		return err
	}
	return s.renderForm(e, status, "cohortmail_show", "cohortmail.title", v, errs, notice)
}

// at is p with its links leading to the element id of their page: a list below a form (the
// sent log) opens where the reader was.
func (p pager) at(id string) pager {
	fragment := func(u string) string {
		if u == "" {
			return ""
		}
		return u + "#" + id
	}
	p.Prev, p.Next = fragment(p.Prev), fragment(p.Next)
	links := make([]pageLink, len(p.Links))
	for i, l := range p.Links {
		l.URL = fragment(l.URL)
		links[i] = l
	}
	p.Links = links
	return p
}
