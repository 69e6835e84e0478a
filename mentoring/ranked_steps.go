package mentoring

import (
	"sort"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// RankedQueued is the status of a step of a ranked request whose mentor has not been asked.
const RankedQueued = "queued"

// RankedStep is one mentor of a ranked request as the mentee follows it: their place, their
// name, and the invitation's status (a match status, or RankedQueued).
type RankedStep struct {
	Rank   int
	Mentor string
	Status string
}

// RankedSteps is where the ranked request of its pending invitation match stands: the mentors
// asked before (declined, expired), the one asked now, and those still to ask if needed, in
// order; nil for a single invitation. Mentors skipped because they could no longer be invited
// are not shown.
func RankedSteps(app core.App, match *core.Record) ([]RankedStep, error) {
	if match.GetInt("rank") == 0 {
		return nil, nil
	}
	first := rankedFirst(match)
	asked, err := app.FindRecordsByFilter(kernel.CollectionMatches, "id = {:first} || ranked_first = {:first}", "rank", 0, 0,
		dbx.Params{"first": first})
	if err != nil {
		return nil, err
	}
	if errs := app.ExpandRecords(asked, []string{"mentor.user"}, nil); len(errs) > 0 {
		return nil, firstError(errs)
	}
	var steps []RankedStep
	for _, m := range asked {
		steps = append(steps, RankedStep{Rank: m.GetInt("rank"), Mentor: mentorName(m.ExpandedOne("mentor")), Status: m.GetString("status")})
	}
	queue := RankedQueue(match)
	waiting, err := app.FindRecordsByIds(kernel.CollectionApplications, queue)
	if err != nil {
		return nil, err
	}
	if errs := app.ExpandRecords(waiting, []string{"user"}, nil); len(errs) > 0 {
		return nil, firstError(errs)
	}
	byID := map[string]*core.Record{}
	for _, a := range waiting {
		byID[a.Id] = a
	}
	for i, id := range queue {
		if a := byID[id]; a != nil {
			steps = append(steps, RankedStep{Rank: match.GetInt("rank") + i + 1, Mentor: mentorName(a), Status: RankedQueued})
		}
	}
	sort.SliceStable(steps, func(i, j int) bool { return steps[i].Rank < steps[j].Rank })
	return steps, nil
}

// mentorName is the name of the user of a mentor application expanded with its user.
func mentorName(application *core.Record) string {
	if application == nil {
		return ""
	}
	if user := application.ExpandedOne("user"); user != nil {
		return user.GetString("name")
	}
	return ""
}

// firstError is one of the errors of an expansion.
func firstError(errs map[string]error) error {
	for _, err := range errs {
		return err
	}
	return nil
}
