package ui

import (
	"errors"
	"strconv"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// consoleObjectiveKeys name and explain each objective; literal so the catalog test sees them.
var consoleObjectiveKeys = map[string][2]string{
	matching.ObjectiveTotal:   {"console.objective.total", "console.objective.total_hint"},
	matching.ObjectiveFairest: {"console.objective.fairest", "console.objective.fairest_hint"},
	matching.ObjectiveStable:  {"console.objective.stable", "console.objective.stable_hint"},
}

// consoleRunKeys is the message after a run by what it proved (consoleRun's ?run=). Any other
// value (typed by hand, or an old link) is ignored: the console shows no run rather than claim
// one whose optimality could not be proven.
var consoleRunKeys = map[string]string{
	"optimal":                 "console.run.optimal",
	"feasible":                "console.run.feasible",
	matching.ObjectiveFairest: "console.run.fairest",
	matching.ObjectiveStable:  "console.run.stable",
}

// consoleObjective is one choice of the run form and its row in the comparison.
type consoleObjective struct {
	Value, Name, Hint string
	Chosen            bool
	Report            *reportView // nil when the comparison could not be made
}

// reportView is a matching.Report as the console shows it.
type reportView struct {
	Matched, Blocking int
	Total             int64
	Lowest            string   // "—" when nobody is matched
	Distribution      []string // "90–100: 3", "80–89: 1": the tenths with pairs, highest first
}

func newReportView(e *core.RequestEvent, r matching.Report) *reportView {
	v := &reportView{Matched: r.Matched, Blocking: r.BlockingPairs, Total: r.Total, Lowest: "—"}
	if r.Lowest >= 0 {
		v.Lowest = strconv.Itoa(int(r.Lowest))
	}
	for _, t := range r.Tenths(mentoring.ScoreScale) {
		v.Distribution = append(v.Distribution, translate(e, "console.compare.bucket", "from", t.From, "to", t.To, "count", t.Count))
	}
	return v
}

// consoleObjectives lists the objectives with the programme's choice and, when compare is set
// and the engine could compare them (a refusal such as locked pairs beyond a mentor's seats
// leaves the comparison out), what each would give now and what the stored proposal gives
// (nil without one). Comparing solves the matching once per objective, so it is done only when
// the coordinator asks.
func consoleObjectives(e *core.RequestEvent, program *core.Record, compare bool) ([]consoleObjective, *reportView, error) {
	var outcomes []mentoring.ObjectiveOutcome
	if compare {
		var err error
		outcomes, err = mentoring.CompareObjectives(e.App, program.Id)
		var refused *kernel.Error
		if err != nil && !errors.As(err, &refused) {
			return nil, nil, err
		}
	}
	reports := map[string]matching.Report{}
	for _, o := range outcomes {
		reports[o.Objective] = o.Report
	}
	chosen := mentoring.ProgramObjective(program)
	out := make([]consoleObjective, 0, len(matching.Objectives))
	for _, objective := range matching.Objectives {
		keys := consoleObjectiveKeys[objective]
		o := consoleObjective{Value: objective, Name: translate(e, keys[0]), Hint: translate(e, keys[1]), Chosen: objective == chosen}
		if r, ok := reports[objective]; ok {
			o.Report = newReportView(e, r)
		}
		out = append(out, o)
	}
	var proposal *reportView
	if r, ok := reports[mentoring.OutcomeProposal]; ok {
		proposal = newReportView(e, r)
	}
	return out, proposal, nil
}
