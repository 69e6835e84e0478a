package ui

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/workspace"
)

// Labels of the statuses of a person's pairs (their roles' and applications' are
// workspace.RoleKeys and workspace.ApplicationStatusKeys, the exports' too).
var meMatchStatusKeys = map[string]string{kernel.MatchActive: "me.match.active", kernel.MatchClosed: "me.match.closed"}

// meApplication is one of the person's applications with what to do next.
type meApplication struct {
	ID, Role, Status string
	Program          programCard
	CharterDue       bool
	Steps            []meStep
	Pause            *mePause // a listed mentor's pause, nil for anyone else
}

// meStep is a next step: a translated sentence and, when there is one, where to do it.
type meStep struct{ Text, URL, Link string }

// meMatch is a pair the person belongs to, as the person sees it.
type meMatch struct {
	ID, Program, Role, PartnerName, Email, Phone, Status string
	ProgramLang                                          string // of Program (own_words.go marks it when not the page's)
	Active                                               bool
	Since                                                time.Time
}

// meInvitation is a pending invitation, sent (the person is the mentee) or received.
type meInvitation struct {
	ID, Program, PartnerName string
	ProgramLang              string // of Program (own_words.go marks it when not the page's)
	ExpiresAt                time.Time
	Ranked                   []rankedStep // a sent ranked request, where it stands
}

// mePairs is what /me shows of the person's pairs.
type mePairs struct {
	Matches        []meMatch
	Sent, Received []meInvitation
	// byApplication: the person's application id → their visible matches, for the next steps.
	byApplication map[string][]*core.Record
	// progress: the active pairs' meetings and closing warnings, for the next steps.
	progress map[string]pairProgress
	// matches: all of the person's matches it read, for the events' audiences.
	matches []*core.Record
}

// loadMyApplications returns the person's applications, newest first, with their programme
// (expandPrograms).
func (s *server) loadMyApplications(app core.App, userID string) ([]*core.Record, error) {
	var apps []*core.Record
	if err := app.RecordQuery(kernel.CollectionApplications).AndWhere(dbx.HashExp{"user": userID}).All(&apps); err != nil {
		return nil, err
	}
	kernel.SortRecords(apps, "-created")
	return apps, s.expandPrograms(app, apps)
}

// takingPart are the programmes of applications (loaded with their programme) the person
// still takes part in: every one they have not withdrawn from nor been turned down by.
func takingPart(applications []*core.Record) []*core.Record {
	var programs []*core.Record
	for _, a := range applications {
		program := a.ExpandedOne("program")
		if program == nil || a.GetString("status") == kernel.ApplicationWithdrawn || a.GetString("status") == kernel.ApplicationRejected {
			continue
		}
		programs = append(programs, program)
	}
	return programs
}

// loadMyPairs finds the matches a participant may see (never the coordinators' drafts) and
// sorts them into active or past pairs and invitations both ways. Contact details appear only
// where kernel.ContactVisible allows them: once the match is active. Programmes are named in
// locale, the page's language, where they have a name in it. applications are the person's
// own, loaded with their programme (loadMyApplications): one of them is in each match, so
// they say the person's side and give the programme; the partners are read in one query.
func loadMyPairs(app core.App, locale string, applications []*core.Record) (mePairs, error) {
	out := mePairs{byApplication: map[string][]*core.Record{}}
	ids := make([]string, len(applications))
	for i, a := range applications {
		ids[i] = a.Id
	}
	matches, err := kernel.FindMatchesOfApplications(app, ids, kernel.MatchInvited, kernel.MatchActive, kernel.MatchClosed)
	if err != nil {
		return out, err
	}
	out.matches = matches
	mine := make(map[string]*core.Record, len(applications)) // the person's applications by id
	for _, a := range applications {
		mine[a.Id] = a
	}
	partners, err := loadPartners(app, matches, mine)
	if err != nil {
		return out, err
	}
	programs := map[string]*core.Record{} // by match id, for the progress
	for _, m := range matches {
		own, partnerApp, role := mine[m.GetString("mentee")], m.GetString("mentor"), kernel.RoleMentee
		if mentor := mine[m.GetString("mentor")]; mentor != nil {
			own, partnerApp, role = mentor, m.GetString("mentee"), kernel.RoleMentor
		}
		partner, known := partners[partnerApp]
		if own == nil || !known || own.ExpandedOne("program") == nil {
			continue
		}
		program := own.ExpandedOne("program")
		programs[m.Id] = program
		out.byApplication[own.Id] = append(out.byApplication[own.Id], m)
		if partner.ID == "" {
			continue // the partner's account is gone
		}
		status := m.GetString("status")
		name, nameLang := mentoring.ProgramText(program, "name", locale)
		if status == kernel.MatchInvited {
			inv := meInvitation{ID: m.Id, Program: name, ProgramLang: nameLang, PartnerName: partner.Name,
				ExpiresAt: inProgramZone(program, m.GetDateTime("expires_at").Time())}
			if role == kernel.RoleMentee {
				steps, err := mentoring.RankedSteps(app, m)
				if err != nil {
					return out, err
				}
				inv.Ranked = rankedStepsOf(steps)
				out.Sent = append(out.Sent, inv)
			} else {
				out.Received = append(out.Received, inv)
			}
			continue
		}
		view := meMatch{ID: m.Id, Program: name, ProgramLang: nameLang, Role: workspace.RoleKeys[role],
			PartnerName: partner.Name, Status: meMatchStatusKeys[status],
			Active: status == kernel.MatchActive, Since: inProgramZone(program, m.GetDateTime("started_at").Time())}
		// Partners in an active match see each other's contact (kernel.ContactVisible).
		if view.Active {
			view.Email, view.Phone = partner.Email, partner.Phone
		}
		out.Matches = append(out.Matches, view)
	}
	out.progress, err = loadPairProgress(app, matches, programs, time.Now())
	return out, err
}

// charterDue reports whether the person must accept a new version of the programme's charter.
func charterDue(app core.App, userID, programID string) (bool, error) {
	accepted, err := kernel.HasAcceptedCharter(app, userID, programID, time.Now())
	return !accepted, err
}

// chartersDue reports, by application id, whether the person must accept a new version of
// the charter of its programme before going on (charterDue, never for a withdrawn
// application), reading the charters and the person's acceptances once for all of them.
func chartersDue(app core.App, userID string, applications []*core.Record) (map[string]bool, error) {
	due := map[string]bool{}
	var programIDs []any
	for _, a := range applications {
		if a.GetString("status") != kernel.ApplicationWithdrawn {
			programIDs = append(programIDs, a.GetString("program"))
		}
	}
	if len(programIDs) == 0 {
		return due, nil
	}
	now, err := types.ParseDateTime(time.Now())
	if err != nil {
		return nil, err
	}
	// Only the columns compared: a charter holds its text in every language.
	var published []struct {
		ID      string  `db:"id"`
		Program string  `db:"program"`
		Version float64 `db:"version"`
	}
	err = app.DB().Select("id", "program", "version").From(kernel.CollectionCharters).
		Where(dbx.In("program", programIDs...)).AndWhere(dbx.Not(dbx.HashExp{"published_at": ""})).
		AndWhere(dbx.NewExp("published_at <= {:now}", dbx.Params{"now": now.String()})).All(&published)
	if err != nil {
		return nil, err
	}
	current := map[string]string{}   // by programme: the id of its highest published version
	versions := map[string]float64{} // by programme: that version
	for _, c := range published {
		if v, ok := versions[c.Program]; !ok || c.Version > v {
			current[c.Program], versions[c.Program] = c.ID, c.Version
		}
	}
	var charterIDs []any
	for _, id := range current {
		charterIDs = append(charterIDs, id)
	}
	if len(charterIDs) == 0 {
		return due, nil // no charter to accept: nothing to ask of the acceptances
	}
	var accepted []string
	err = app.DB().Select("charter").From(kernel.CollectionCharterAcceptances).
		Where(dbx.HashExp{"user": userID}).AndWhere(dbx.In("charter", charterIDs...)).Column(&accepted)
	if err != nil {
		return nil, err
	}
	acceptedIDs := map[string]bool{}
	for _, id := range accepted {
		acceptedIDs[id] = true
	}
	for _, a := range applications {
		c := current[a.GetString("program")]
		due[a.Id] = a.GetString("status") != kernel.ApplicationWithdrawn && c != "" && !acceptedIDs[c]
	}
	return due, nil
}
