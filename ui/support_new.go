package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/workspace"
)

// helpView is the "Need help?" page: where a request can go, and the person's own requests
// with the coordinators' answers.
type helpView struct {
	Programs, Matches []option
	Mine              []supportRow
}

// option is one choice of a select.
type option struct{ Value, Label, Lang string }

// supportRow is one support request as its author or a coordinator sees it.
type supportRow struct {
	ID, Asker, Email, Topic, Body, Answer, StatusKey, MatchLink, MatchLabel string
	Open                                                                    bool
	Created                                                                 time.Time
}

// supportNew shows the support form; ?match= attaches one of the person's pairs and picks its
// programme.
func (s *server) supportNew(e *core.RequestEvent) error {
	p := newPage(e, "support.title")
	if matchID := e.Request.URL.Query().Get("match"); matchID != "" {
		if pair, role, err := s.openPair(e, matchID); err == nil && role != workspace.RoleCoordinator {
			p.Form["program"], p.Form["match"] = pair.Program.Id, matchID
		}
	}
	return s.renderHelp(e, http.StatusOK, p)
}

// renderHelp renders the support page, also after a request that needs fixing.
func (s *server) renderHelp(e *core.RequestEvent, status int, p *page) error {
	v := &helpView{}
	for _, program := range workspace.SupportPrograms(e.App, e.Auth.Id) {
		v.Programs = append(v.Programs, optionNaming(program, p.Locale, ""))
	}
	// The pairs together: one FindPair each was three queries a pair.
	pairs, err := kernel.FindPairs(e.App, workspace.SupportMatches(e.App, e.Auth.Id))
	if err != nil {
		return err
	}
	for _, pair := range pairs {
		o := optionNaming(pair.Program, p.Locale, pair.Partner(e.Auth.Id).GetString("name")+" — ")
		o.Value = pair.Match.Id
		v.Matches = append(v.Matches, o)
	}
	mine, err := e.App.FindRecordsByFilter(kernel.CollectionSupportRequests, "user = {:user}", "-created", 0, 0, dbx.Params{"user": e.Auth.Id})
	if err != nil {
		return err
	}
	for _, r := range mine {
		v.Mine = append(v.Mine, newSupportRow(r, e.Auth))
	}
	p.Data = v
	return s.render(e, status, "support_new", p)
}

// newSupportRow shows request, asked by asker.
func newSupportRow(r, asker *core.Record) supportRow {
	row := supportRow{
		ID: r.Id, Topic: r.GetString("topic"), Body: r.GetString("body"), Answer: r.GetString("answer"),
		StatusKey: "support.status." + r.GetString("status"), Open: r.GetString("status") == workspace.SupportOpen,
		Created: r.GetDateTime("created").Time(),
	}
	if asker != nil {
		row.Asker, row.Email = asker.GetString("name"), asker.Email()
	}
	if match := r.GetString("match"); match != "" {
		row.MatchLink = "/matches/" + match
	}
	return row
}

// optionNaming is the option of program named in locale after prefix (a partner's name),
// marked with the name's language: an option holds text alone, no span for the name, and a
// person's name belongs to no language, so the whole option may take the programme's.
func optionNaming(program *core.Record, locale, prefix string) option {
	name, lang := mentoring.ProgramText(program, "name", locale)
	return option{Value: program.Id, Label: prefix + name, Lang: lang}
}
