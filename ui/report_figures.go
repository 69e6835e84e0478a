package ui

import (
	"fmt"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// runFigure is one figure of the report: its catalog key and how it reads from a report. The
// key figures and the comparison of runs show the same list.
type runFigure struct {
	key   string
	value func(e *core.RequestEvent, r workspace.Report) string
}

// runFigures are the report's key figures, in the order the page shows them.
var runFigures = []runFigure{
	{"report.fig.applied", func(e *core.RequestEvent, r workspace.Report) string { return fmt.Sprint(r.Funnel.Applied) }},
	{"report.fig.mentors", func(e *core.RequestEvent, r workspace.Report) string { return fmt.Sprint(r.MentorsApplied) }},
	{"report.fig.pairs", func(e *core.RequestEvent, r workspace.Report) string { return fmt.Sprint(r.Pairs()) }},
	{"report.fig.match_rate", func(e *core.RequestEvent, r workspace.Report) string {
		if r.Funnel.Approved == 0 {
			return noFigure
		}
		return percent(r.MatchRate)
	}},
	{"report.fig.days_to_match", func(e *core.RequestEvent, r workspace.Report) string { return perPair(r, decimal(e, r.DaysToMatch)) }},
	{"report.fig.meetings_per_pair", func(e *core.RequestEvent, r workspace.Report) string {
		if r.Pairs() == 0 {
			return noFigure
		}
		if r.Recommended == 0 {
			return decimal(e, r.MeetingsPerPair())
		}
		return translate(e, "report.fig.of_recommended", "value", decimal(e, r.MeetingsPerPair()), "recommended", r.Recommended)
	}},
	{"report.fig.reached_recommended", func(e *core.RequestEvent, r workspace.Report) string {
		return fmt.Sprintf("%d / %d", r.ReachedRecommended, r.Pairs())
	}},
	{"report.fig.hours", func(e *core.RequestEvent, r workspace.Report) string { return decimal(e, float64(r.MinutesSpent)/60) }},
	{"report.fig.hours_per_pair", func(e *core.RequestEvent, r workspace.Report) string { return perPair(r, decimal(e, r.HoursPerPair())) }},
	{"report.fig.satisfaction", func(e *core.RequestEvent, r workspace.Report) string {
		if r.Satisfaction.Rated == 0 {
			return noFigure
		}
		return translate(e, "report.fig.rating", "value", decimal(e, r.Satisfaction.Rating), "count", r.Satisfaction.Rated)
	}},
	{"report.fig.recommend", func(e *core.RequestEvent, r workspace.Report) string {
		if r.Satisfaction.Recommends == 0 {
			return noFigure
		}
		return fmt.Sprintf("%s (%d / %d)", percent(r.Satisfaction.Recommend), r.Satisfaction.RecommendYes, r.Satisfaction.Recommends)
	}},
	{"report.fig.ended_early", func(e *core.RequestEvent, r workspace.Report) string { return fmt.Sprint(len(r.EndedEarly)) }},
	{"report.fig.closing", func(e *core.RequestEvent, r workspace.Report) string {
		return translate(e, "report.fig.closing_value", "both", r.Closing.Both, "one", r.Closing.One, "closed", r.Closing.Closed)
	}},
}

// noFigure stands for an average or a share of nothing: a run without pairs has no time to
// match, and "0.0 days" would read as a result.
const noFigure = "—"

// perPair is an average over the pairs that started, noFigure when none did.
func perPair(r workspace.Report, average string) string {
	if r.Pairs() == 0 {
		return noFigure
	}
	return average
}

// reportFigures are the key figures of r in the request's language.
func reportFigures(e *core.RequestEvent, r workspace.Report) []reportFigure {
	out := make([]reportFigure, len(runFigures))
	for i, f := range runFigures {
		out[i] = reportFigure{translate(e, f.key), f.value(e, r)}
	}
	return out
}

// compareRuns puts the key figures of every run side by side, one row per figure.
func compareRuns(e *core.RequestEvent, runs []workspace.Report) []compareRow {
	if len(runs) < 2 {
		return nil
	}
	rows := make([]compareRow, len(runFigures))
	for i, f := range runFigures {
		rows[i].Label = translate(e, f.key)
		for _, r := range runs {
			rows[i].Values = append(rows[i].Values, f.value(e, r))
		}
	}
	return rows
}

// decimal writes x with one decimal, with the decimal comma of French and Swedish.
func decimal(e *core.RequestEvent, x float64) string {
	s := fmt.Sprintf("%.1f", x)
	if requestLocale(e) != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// percent writes a share as a whole percentage.
func percent(x float64) string { return fmt.Sprintf("%.0f %%", x*100) }
