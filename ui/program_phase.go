package ui

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// phaseUpcoming is how pages name a published programme whose applications have not opened
// yet; every other phase is mentoring's, read from the programme's dates (README, "Creating
// your first programme").
const phaseUpcoming = "upcoming"

// programPhase returns the phase program is in at now: mentoring.Phase, which reads the
// dates, with a published programme whose applications have not opened told apart as upcoming.
func programPhase(program *core.Record, now time.Time) string {
	phase := mentoring.Phase(program, now)
	if phase == mentoring.PhaseDraft && program.GetBool("published") {
		return phaseUpcoming
	}
	return phase
}

// programStep is one dated step of a programme's calendar.
type programStep struct {
	Phase    string
	From, To time.Time
}

// programSteps lists the phases that have dates, in order, for the programme page, in the
// programme's zone; a phase of no length (self-service programmes often start the day
// applications close) is left out.
func programSteps(program *core.Record) []programStep {
	at := func(field string) time.Time { return inProgramZone(program, program.GetDateTime(field).Time()) }
	steps := []programStep{
		{mentoring.PhaseApplications, at("applications_open_at"), at("applications_close_at")},
		{mentoring.PhaseMatching, at("applications_close_at"), at("starts_at")},
		{mentoring.PhaseRunning, at("starts_at"), at("ends_at")},
	}
	var dated []programStep
	for _, s := range steps {
		if (!s.From.IsZero() || !s.To.IsZero()) && !s.From.Equal(s.To) {
			dated = append(dated, s)
		}
	}
	return dated
}

// programCard is what lists and pages show of a programme.
type programCard struct {
	Slug, Name, Summary, Phase string
	NameLang, SummaryLang      string // the language of Name and Summary (own_words.go marks it when not the page's)
	OpensAt, ClosesAt          time.Time
	StartsAt, MidpointAt       time.Time
	EndsAt                     time.Time
	ContactEmail               string
	SelfService, Coordinated   bool // programs.matching_mode: mentees invite, or coordinators match
	Ranked                     bool // mentees may list several mentors in order (mentoring.RankedLimit)
}

// newProgramCard is the programme as a reader of locale sees it: its name and summary in
// their language, else the programme's first (mentoring.ProgramText).
func newProgramCard(program *core.Record, locale string, now time.Time) programCard {
	name, nameLang := mentoring.ProgramText(program, "name", locale)
	summary, summaryLang := mentoring.ProgramText(program, "summary", locale)
	return programCard{
		Slug:         program.GetString("slug"),
		Name:         name,
		NameLang:     nameLang,
		Summary:      summary,
		SummaryLang:  summaryLang,
		Phase:        programPhase(program, now),
		OpensAt:      inProgramZone(program, program.GetDateTime("applications_open_at").Time()),
		ClosesAt:     inProgramZone(program, program.GetDateTime("applications_close_at").Time()),
		StartsAt:     inProgramZone(program, program.GetDateTime("starts_at").Time()),
		MidpointAt:   inProgramZone(program, program.GetDateTime("midpoint_at").Time()),
		EndsAt:       inProgramZone(program, program.GetDateTime("ends_at").Time()),
		ContactEmail: program.GetString("contact_email"),
		SelfService:  program.GetString("matching_mode") == kernel.MatchingSelfService,
		Coordinated:  program.GetString("matching_mode") == kernel.MatchingCoordinated,
		Ranked:       program.GetString("matching_mode") == kernel.MatchingSelfService && program.GetInt("ranked_invitations") > 1,
	}
}
