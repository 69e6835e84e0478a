package ui

import (
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// invitationStatusKeys names a match's status as its members read it.
var invitationStatusKeys = map[string]string{
	kernel.MatchInvited:   "invitation.status.invited",
	kernel.MatchActive:    "invitation.status.active",
	kernel.MatchClosed:    "invitation.status.closed",
	kernel.MatchDeclined:  "invitation.status.declined",
	kernel.MatchExpired:   "invitation.status.expired",
	kernel.MatchCancelled: "invitation.status.cancelled",
}

// invitationPair is a match with its programme and people, and the mentee's application the
// invited mentor reads.
type invitationPair struct {
	*kernel.Pair
	MenteeApplication *core.Record
}

// menteeProfile is what a mentee's application tells the invited mentor.
type menteeProfile struct {
	Name, StudyProgramme, StudyYear        string
	DevelopmentAreas, Interests            template.HTML // tag labels (tagWords)
	Place                                  template.HTML // city and area (placeWords)
	Languages, Modes                       string
	Motivation, Expectations, Contribution string
}

// contactCard is a member's contact details, shown only once the pair is active.
type contactCard struct {
	Role, Name, Email, Phone string
}

// invitationShow shows an invitation to its mentor (who answers it) and to its mentee (who
// may cancel it); after acceptance both see each other's contact details. Anyone else: 404.
func (s *server) invitationShow(e *core.RequestEvent) error {
	return s.renderInvitation(e, http.StatusOK, map[string]string{}, map[string]string{})
}

// loadInvitation finds the request's {match} when the signed-in person is one of its members
// and the collection's view rule lets them see it; drafts are never shown to participants.
func loadInvitation(e *core.RequestEvent) (*invitationPair, bool) {
	if e.Auth == nil {
		return nil, false
	}
	match, err := e.App.FindRecordById(kernel.CollectionMatches, e.Request.PathValue("match"))
	if err != nil || match.GetString("status") == kernel.MatchDraft {
		return nil, false
	}
	info, err := e.RequestInfo()
	if err != nil {
		return nil, false
	}
	if ok, err := e.App.CanAccessRecord(match, info, match.Collection().ViewRule); err != nil || !ok {
		return nil, false
	}
	found, err := kernel.PairOf(e.App, match)
	if err != nil {
		return nil, false
	}
	pair := &invitationPair{Pair: found}
	if pair.Role(e.Auth.Id) == "" {
		return nil, false
	}
	if pair.MenteeApplication, err = e.App.FindRecordById(kernel.CollectionApplications, match.GetString("mentee")); err != nil {
		return nil, false
	}
	return pair, true
}

// renderInvitation renders the invitation page with the given form state.
func (s *server) renderInvitation(e *core.RequestEvent, status int, form, errs map[string]string) error {
	pair, ok := loadInvitation(e)
	if !ok {
		return s.renderNotFound(e)
	}
	p := newPage(e, "invitation.title")
	p.Form, p.Errors = form, errs
	m := pair.Match
	isMentor := e.Auth.Id == pair.Mentor.Id
	programName, programLang := mentoring.ProgramText(pair.Program, "name", p.Locale)
	p.Data = struct {
		ID, Status, StatusLabel, ProgramName string
		ProgramLang                          string
		MentorName, Message, Response        string
		ExpiresAt                            time.Time
		IsMentor, IsMentee, Pending          bool
		Mentee                               menteeProfile
		Score                                scoreView
		Contacts                             []contactCard
		MaxReason                            int
	}{
		ID: m.Id, Status: m.GetString("status"), StatusLabel: translate(e, invitationStatusKeys[m.GetString("status")]),
		ProgramName: programName, ProgramLang: programLang, MentorName: pair.Mentor.GetString("name"),
		Message: m.GetString("message"), Response: m.GetString("response"),
		ExpiresAt: inProgramZone(pair.Program, m.GetDateTime("expires_at").Time()),
		IsMentor:  isMentor, IsMentee: !isMentor, Pending: m.GetString("status") == kernel.MatchInvited,
		Mentee:    newMenteeProfile(e.App, p.Locale, pair),
		Score:     explainStored(e.App, p.Locale, pair.Program, m),
		Contacts:  invitationContacts(e, pair),
		MaxReason: invitationReasonMax,
	}
	return s.render(e, status, "invitation_show", p)
}

// inProgramZone shows t in the programme's time zone, so a date reads as the programme's
// people live it; an unknown zone leaves t in UTC.
func inProgramZone(program *core.Record, t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.In(kernel.ProgramZone(program))
}

func newMenteeProfile(app core.App, locale string, pair *invitationPair) menteeProfile {
	a := pair.MenteeApplication
	year := ""
	if y := a.GetInt("study_year"); y > 0 {
		year = strconv.Itoa(y)
	}
	return menteeProfile{
		Name: pair.Mentee.GetString("name"), StudyProgramme: a.GetString("study_programme"), StudyYear: year,
		DevelopmentAreas: tagWords(app, locale, a.GetStringSlice("development_areas")),
		Interests:        tagWords(app, locale, a.GetStringSlice("interests")),
		Languages:        strings.Join(spokenLanguageNames(locale, a.GetStringSlice("languages")), ", "),
		Place:            placeWords(pair.Program, locale, a.GetString("city"), a.GetString("area")),
		Modes:            strings.Join(modeNames(locale, a.GetStringSlice("meeting_modes")), ", "),
		Motivation:       a.GetString("motivation"), Expectations: a.GetString("expectations"),
		Contribution: a.GetString("contribution"),
	}
}

// invitationContacts are both members' contact details once the pair is active and
// kernel.ContactVisible agrees; before that, nothing.
func invitationContacts(e *core.RequestEvent, pair *invitationPair) []contactCard {
	if pair.Match.GetString("status") != kernel.MatchActive {
		return nil
	}
	var out []contactCard
	for _, member := range []struct {
		role string
		user *core.Record
	}{{"invitation.role.mentor", pair.Mentor}, {"invitation.role.mentee", pair.Mentee}} {
		if !kernel.ContactVisible(e.App, e.Auth.Id, member.user.Id) {
			continue
		}
		out = append(out, contactCard{Role: translate(e, member.role), Name: member.user.GetString("name"),
			Email: member.user.Email(), Phone: member.user.GetString("phone")})
	}
	return out
}
