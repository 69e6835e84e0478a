package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/workspace"
)

// meConsentDue is an application whose consent is to an older privacy notice.
type meConsentDue struct {
	ID      string
	Program programCard
}

// meShow is "My mentoring": the person's applications with their status and the programme's
// phase, the events coming up in their programmes, their pairs, pending invitations both ways
// and the next step of each, with a banner when a programme's charter has a new version to
// accept, or when the privacy notice changed since the person consented.
func (s *server) meShow(e *core.RequestEvent) error {
	records, err := s.loadMyApplications(e.App, e.Auth.Id)
	if err != nil {
		return err
	}
	pairs, err := loadMyPairs(e.App, requestLocale(e), records)
	if err != nil {
		return err
	}
	dues, err := chartersDue(e.App, e.Auth.Id, records)
	if err != nil {
		return err
	}
	var applications []meApplication
	var toAccept []programCard
	var toConsent []meConsentDue
	now := time.Now()
	for _, a := range records {
		program := a.ExpandedOne("program")
		if program == nil {
			continue
		}
		due := dues[a.Id]
		card := newProgramCard(program, requestLocale(e), now)
		if due {
			toAccept = append(toAccept, card)
		}
		if mentoring.ConsentDue(a) {
			toConsent = append(toConsent, meConsentDue{a.Id, card})
		}
		applications = append(applications, meApplication{
			ID: a.Id, Role: workspace.RoleKeys[a.GetString("role")], Status: workspace.ApplicationStatusKeys[a.GetString("status")],
			Program: card, CharterDue: due,
			Steps: nextSteps(e, a, program, due, pairs.byApplication[a.Id], pairs.progress),
			Pause: pauseOf(a, program, now),
		})
	}
	programs := takingPart(records)
	programIDs := make([]string, len(programs))
	for i, program := range programs {
		programIDs[i] = program.Id
	}
	audiences := workspace.AudiencesFrom(programIDs, records, pairs.matches)
	events, err := comingEvents(e, programs, now, true, audiences)
	if err != nil {
		return err
	}
	p := newPage(e, "me.title")
	p.Data = struct {
		Applications []meApplication
		ChartersDue  []programCard
		ConsentsDue  []meConsentDue
		Events       []eventView
		Pairs        mePairs
	}{applications, toAccept, toConsent, events, pairs}
	return s.render(e, http.StatusOK, "me_show", p)
}
