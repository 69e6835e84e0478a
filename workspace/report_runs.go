package workspace

import (
	"database/sql"
	"errors"
	"slices"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// maxEarlierRuns is how many earlier runs a report compares with: beyond three years the
// programme has usually changed too much for the figures to say much.
const maxEarlierRuns = 3

// maxRunChain bounds the walk back through previous runs, so a loop typed in the dashboard
// (a run whose previous run leads back to it) ends.
const maxRunChain = 20

// EarlierRuns returns the earlier runs of program that viewerID coordinates (every one for a
// superuser, viewerID ""), the latest first, at most three: its previous_run, that one's, and
// so on ("Run again next year" links each copy to the programme it was copied from). A run
// the viewer does not coordinate is left out and the walk goes on past it.
func EarlierRuns(app core.App, program *core.Record, viewerID string) ([]*core.Record, error) {
	var runs []*core.Record
	seen := map[string]bool{program.Id: true}
	for run, steps := program, 0; len(runs) < maxEarlierRuns && steps < maxRunChain; steps++ {
		previous := run.GetString("previous_run")
		if previous == "" || seen[previous] {
			break
		}
		seen[previous] = true
		var err error
		if run, err = app.FindRecordById(kernel.CollectionPrograms, previous); errors.Is(err, sql.ErrNoRows) {
			break // deleted since: the chain ends there
		} else if err != nil {
			return nil, err
		}
		if viewerID == "" || slices.Contains(run.GetStringSlice("coordinators"), viewerID) {
			runs = append(runs, run)
		}
	}
	return runs, nil
}
