package workspace

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/calendar"
	"github.com/mentorbase/mentorbase/kernel"
)

// Step keys of the timeline, in the programme's order; the portal translates
// "workspace.step.<key>".
const (
	StepAgreement      = "agreement"
	StepRoadbook       = "roadbook"
	StepFirstMeeting   = "first_meeting"
	StepFirstInterview = "evaluation_first_interview"
	StepMidpoint       = "evaluation_midpoint"
	StepMeetings       = "meetings"
	StepFinal          = "evaluation_final"
)

// Step is one step of the programme for a pair: whether it is done and, when known, by when it
// is due (zero when there is no date).
type Step struct {
	Key  string
	Done bool
	Due  time.Time
}

// Progress is where a pair stands: the steps, meetings held against the programme's
// recommendation, and the minutes spent in held meetings. Dues and Roadbook are the records
// the steps were computed from, so a page that shows them too (the match page's evaluations
// and road-book sections) need not read them again.
type Progress struct {
	Steps        []Step
	MeetingsHeld int
	Recommended  int
	MinutesSpent int
	Dues         []Due        // as DuesFor lists them
	Roadbook     *core.Record // nil while the mentee has not started one
}

// Timeline computes the pair's progress from its records and its meetings (as Meetings lists
// them: the pages that show the timeline show the meetings too, and read them once). The
// evaluation steps are done when both members submitted that evaluation of the pair.
func Timeline(app core.App, pair *kernel.Pair, meetings []*core.Record) (Progress, error) {
	evaluations, err := submittedEvaluations(app, []*kernel.Pair{pair})
	if err != nil {
		return Progress{}, err
	}
	match, program := pair.Match, pair.Program
	p := Progress{Recommended: program.GetInt("recommended_meetings"), MinutesSpent: MinutesSpent(meetings),
		Dues: duesOf(pair, meetings, evaluations, time.Now()), Roadbook: Roadbook(app, match.Id)}
	for _, m := range meetings {
		if m.GetString("status") == calendar.StatusHeld {
			p.MeetingsHeld++
		}
	}
	firstConfirmed := firstConfirmedStart(meetings)
	roadbookDue, _ := RoadbookDue(program, meetings)
	p.Steps = []Step{
		{Key: StepAgreement, Done: Agreed(pair, RoleMentor) && Agreed(pair, RoleMentee)},
		{Key: StepRoadbook, Done: p.Roadbook != nil && !p.Roadbook.GetDateTime("submitted_at").IsZero(), Due: roadbookDue},
		{Key: StepFirstMeeting, Done: p.MeetingsHeld > 0, Due: firstConfirmed},
		{Key: StepFirstInterview},
		{Key: StepMidpoint},
		{Key: StepMeetings, Done: p.Recommended > 0 && p.MeetingsHeld >= p.Recommended, Due: program.GetDateTime("ends_at").Time()},
		{Key: StepFinal},
	}
	p.Steps = ReplaceEvaluationSteps(p.Steps, evaluationSteps(p.Dues))
	return p, nil
}

// firstConfirmedStart is the start of the first confirmed (or held) of meetings, earliest
// first; zero when none is. The road-book falls due before it.
func firstConfirmedStart(meetings []*core.Record) time.Time {
	for _, m := range meetings {
		if status := m.GetString("status"); status == calendar.StatusConfirmed || status == calendar.StatusHeld {
			return m.GetDateTime("starts_at").Time()
		}
	}
	return time.Time{}
}
