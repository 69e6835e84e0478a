package mentoring_test

import (
	"testing"

	"github.com/mentorbase/mentorbase/mentoring"
)

// A programme too large for a dense matrix is scored pair by pair; the
// console behaves the same, locked, excluded and declined pairs included.
func TestPlanWithoutDenseMatrix(t *testing.T) {
	defer mentoring.SetDenseLimit(0)()
	TestPlanIsOptimalAndRespectsTheConsole(t)
}
