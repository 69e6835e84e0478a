package ui

import (
	"net/http"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/list"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/workspace"
)

// supportView is a programme's support requests for its coordinators.
type supportView struct {
	Slug, ProgramName string
	ProgramLang       string // of ProgramName (own_words.go)
	Requests          []supportRow
}

// supportList lists the support requests of a programme to its coordinators; anyone else gets
// the 404 page.
func (s *server) supportList(e *core.RequestEvent) error {
	return s.renderSupport(e, http.StatusOK, newPage(e, "support.list.title"))
}

// renderSupport renders the coordinators' list, also after an answer that needs fixing.
func (s *server) renderSupport(e *core.RequestEvent, status int, p *page) error {
	program, ok := coordinatedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	requests, err := workspace.SupportRequests(e.App, program.Id)
	if err != nil {
		return err
	}
	askers, err := askersOf(e.App, program.Id, e.Auth.Id, requests)
	if err != nil {
		return err
	}
	v := &supportView{Slug: program.GetString("slug")}
	v.ProgramName, v.ProgramLang = mentoring.ProgramText(program, "name", requestLocale(e))
	for _, r := range requests {
		asker := askers[r.GetString("user")]
		row := newSupportRow(r, asker.person)
		if !asker.contactShown {
			row.Email = ""
		}
		v.Requests = append(v.Requests, row)
	}
	p.Data = v
	return s.render(e, status, "support_list", p)
}

// asker is a person who asked for support, nil once their account is gone, and whether the
// coordinator reading the list may see their e-mail.
type asker struct {
	person       *core.Record
	contactShown bool
}

// askersOf loads, by id, the people who asked requests of the programme programID in two
// queries, however many requests there are. A coordinator sees the e-mail of everyone who
// applied to the programme; the rare others (an asker who never applied) are left to
// kernel.ContactVisible, the rule the API follows.
func askersOf(app core.App, programID, viewerID string, requests []*core.Record) (map[string]asker, error) {
	ids := make([]string, len(requests))
	for i, r := range requests {
		ids[i] = r.GetString("user")
	}
	people, err := app.FindRecordsByIds(kernel.CollectionUsers, ids)
	if err != nil {
		return nil, err
	}
	applied, err := app.FindAllRecords(kernel.CollectionApplications, dbx.HashExp{"program": programID}, dbx.In("user", list.ToInterfaceSlice(ids)...))
	if err != nil {
		return nil, err
	}
	shown := map[string]bool{}
	for _, a := range applied {
		shown[a.GetString("user")] = true
	}
	askers := make(map[string]asker, len(people))
	for _, p := range people {
		askers[p.Id] = asker{person: p, contactShown: shown[p.Id] || kernel.ContactVisible(app, viewerID, p.Id)}
	}
	return askers, nil
}
