package ui

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// closingView is the closing warning in force on a long-silent pair, as the pairs list and
// the pair's page show it: since when the pair is silent, the day it was warned and the day
// the warning runs out, on the programme's clock.
type closingView struct {
	Since, Warned, Until time.Time
	RanOut               bool // the week is over: the coordinators decide now
}

// newClosingView is the warning in force on the pair whose silence is s at now, nil when
// there is none.
func newClosingView(s workspace.Silence, program *core.Record, now time.Time) *closingView {
	until, warned := s.Warning()
	if !warned {
		return nil
	}
	return &closingView{Since: inProgramZone(program, s.Last), Warned: inProgramZone(program, s.Warned),
		Until: inProgramZone(program, until), RanOut: !now.Before(until)}
}
