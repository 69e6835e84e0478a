package mentoring_test

import (
	"sync"
	"testing"

	"github.com/pocketbase/dbx"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// Two posts of one bulk decision at the same moment (a double click the browser does not hold
// back, two tabs) tell each applicant once.
func TestDecideManyTwiceAtOnceTellsEachOnce(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	coordinator := f.Person("coord@example.org", "Coord", "en")
	program := f.Programme("duo", "Duo", map[string]any{"coordinators": []string{coordinator.Id}, "requires_approval": true})
	var ids []string
	for _, name := range []string{"ana", "bo"} {
		ids = append(ids, f.Record(kernel.CollectionApplications, map[string]any{"program": program.Id, "user": f.user(name, "fr").Id,
			"role": kernel.RoleMentee, "status": kernel.ApplicationSubmitted}).Id)
	}
	var wg sync.WaitGroup
	changed := make([]int, 2)
	for i := range 2 {
		wg.Go(func() {
			report, err := mentoring.DecideMany(f.app, coordinator.Id, program.Id, ids, kernel.ApplicationApproved, "Bienvenue")
			if err != nil {
				t.Error(err)
			}
			changed[i] = report.Changed
		})
	}
	wg.Wait()
	letters, err := f.app.CountRecords(kernel.CollectionOutbox, dbx.HashExp{"kind": "application_decision"})
	if err != nil || letters != 2 || changed[0]+changed[1] != 2 {
		t.Errorf("%d decision letters (%v), %v changed; want one per applicant", letters, err, changed)
	}
}
