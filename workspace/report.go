package workspace

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// earlyEndMargin is how long before the programme's end a pair may close and still count as
// ended normally: coordinators often close the pairs in the last week, at the closing event.
const earlyEndMargin = 7 * 24 * time.Hour

// Funnel follows a programme's mentees from their application to a normal end. The first
// three steps count mentee applications; the later ones count pairs that started (active or
// closed), one per matched mentee.
type Funnel struct {
	Applied, Approved, Matched, Agreement, FirstMeeting, CheckIn, EndedNormally int
}

// Report is what a programme's coordinators show their board or funder: see ProgramReport.
type Report struct {
	ProgramID, Slug string
	StartsAt        time.Time
	Funnel          Funnel
	MentorsApplied  int
	// MatchRate is the share of approved mentees in a pair (0 when none was approved).
	MatchRate float64
	// DaysToMatch is the average number of days from a mentee's application to the pair's
	// start, over the pairs with a start date.
	DaysToMatch float64
	// Recommended is programs.recommended_meetings; ReachedRecommended the pairs that held
	// at least that many meetings.
	Recommended, ReachedRecommended int
	// MeetingsHeld maps a number of held meetings to how many pairs held that many.
	MeetingsHeld  map[int]int
	MeetingsTotal int
	// MinutesSpent sums the time recorded on held meetings.
	MinutesSpent int
	Forms        []FormSummary
	Satisfaction Satisfaction
	EndedEarly   []EarlyEnd
	Closing      ClosingEvaluations
	Drift        DriftCounts
}

// Pairs is the number of pairs that started.
func (r Report) Pairs() int { return r.Funnel.Matched }

// MeetingsPerPair is the average number of held meetings per pair that started.
func (r Report) MeetingsPerPair() float64 { return ratio(r.MeetingsTotal, r.Funnel.Matched) }

// HoursPerPair is the average time recorded on held meetings per pair that started.
func (r Report) HoursPerPair() float64 {
	return ratio(r.MinutesSpent, r.Funnel.Matched) / 60
}

// ProgramReport computes the report of program with SQL aggregates: a fixed number of queries
// (25: one per evaluation question, a few for the rest) whatever the number of applications,
// pairs and meetings; only the free-text answers and the pairs ended early are read one by
// one.
func ProgramReport(app core.App, program *core.Record) (Report, error) {
	r := Report{ProgramID: program.Id, Slug: program.GetString("slug"),
		StartsAt: program.GetDateTime("starts_at").Time(), Recommended: program.GetInt("recommended_meetings")}
	steps := []func(core.App, *core.Record, *Report) error{readFunnel, readMeetings, readForms, readEndings, readDrift}
	for _, step := range steps {
		if err := step(app, program, &r); err != nil {
			return Report{}, err
		}
	}
	r.MatchRate = ratio(r.Funnel.Matched, r.Funnel.Approved)
	return r, nil
}

// startedPairs is the SQL condition of the programme's pairs that started, on matches as m.
const startedPairs = "m.program = {:program} AND m.status IN ('" + kernel.MatchActive + "', '" + kernel.MatchClosed + "')"

// earlyEnd is the SQL condition of a started pair (m) that was closed before the programme's
// last week; {:early} is that week's first instant.
const earlyEnd = "m.status = '" + kernel.MatchClosed + "' AND m.ended_at != '' AND m.ended_at < {:early}"

// params are the parameters every report query takes: the programme, the start of its last
// week, and the statuses the queries count.
func params(program *core.Record) dbx.Params {
	early := program.GetDateTime("ends_at").Time().Add(-earlyEndMargin)
	return dbx.Params{"program": program.Id, "early": early.UTC().Format(dbDate),
		"statusApproved": kernel.ApplicationApproved, "statusClosed": kernel.MatchClosed, "statusHeld": kernel.MeetingHeld}
}

// dbDate is how PocketBase stores a date, which compares as text.
const dbDate = "2006-01-02 15:04:05.000Z"

// readFunnel counts the funnel, the mentors who applied and the average time to match.
func readFunnel(app core.App, program *core.Record, r *Report) error {
	var row struct {
		Applied, Approved, Mentors, Matched, Agreement, FirstMeeting, CheckIn, EndedNormally int
		Days                                                                                 float64
	}
	err := app.DB().NewQuery(`SELECT
		(SELECT COUNT(*) FROM applications WHERE program = {:program} AND role = 'mentee') AS applied,
		(SELECT COUNT(*) FROM applications WHERE program = {:program} AND role = 'mentee' AND status = {:statusApproved}) AS approved,
		(SELECT COUNT(*) FROM applications WHERE program = {:program} AND role = 'mentor') AS mentors,
		COUNT(*) AS matched,
		COALESCE(SUM(json_extract(m.agreement, '$.confirmed.mentor') IS NOT NULL
			AND json_extract(m.agreement, '$.confirmed.mentee') IS NOT NULL), 0) AS agreement,
		COALESCE(SUM(EXISTS (SELECT 1 FROM meetings mt WHERE mt.match = m.id AND mt.status = {:statusHeld})), 0) AS first_meeting,
		COALESCE(SUM(EXISTS (SELECT 1 FROM evaluations ev WHERE ev.match = m.id AND ev.kind = 'midpoint'
			AND ev.submitted_at != '')), 0) AS check_in,
		COALESCE(SUM(m.status = {:statusClosed} AND NOT (` + earlyEnd + `)), 0) AS ended_normally,
		COALESCE(AVG(CASE WHEN m.started_at != '' THEN MAX(0, julianday(m.started_at) - julianday(a.created)) END), 0) AS days
		FROM matches m JOIN applications a ON a.id = m.mentee
		WHERE ` + startedPairs).Bind(params(program)).One(&row)
	if err != nil {
		return err
	}
	r.Funnel = Funnel{row.Applied, row.Approved, row.Matched, row.Agreement, row.FirstMeeting, row.CheckIn, row.EndedNormally}
	r.MentorsApplied, r.DaysToMatch = row.Mentors, row.Days
	return nil
}

// readMeetings counts the pairs per number of held meetings and the time recorded on them.
func readMeetings(app core.App, program *core.Record, r *Report) error {
	var rows []struct{ Held, Pairs, Minutes int }
	err := app.DB().NewQuery(`SELECT held, COUNT(*) AS pairs, SUM(minutes) AS minutes FROM (
		SELECT COUNT(mt.id) AS held, COALESCE(SUM(mt.minutes_spent), 0) AS minutes
		FROM matches m LEFT JOIN meetings mt ON mt.match = m.id AND mt.status = {:statusHeld}
		WHERE ` + startedPairs + ` GROUP BY m.id) GROUP BY held ORDER BY held`).Bind(params(program)).All(&rows)
	if err != nil {
		return err
	}
	r.MeetingsHeld = map[int]int{}
	for _, row := range rows {
		r.MeetingsHeld[row.Held] = row.Pairs
		r.MeetingsTotal += row.Held * row.Pairs
		r.MinutesSpent += row.Minutes
		if r.Recommended > 0 && row.Held >= r.Recommended {
			r.ReachedRecommended += row.Pairs
		}
	}
	return nil
}

// ratio is n/d, or 0 when d is 0.
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
