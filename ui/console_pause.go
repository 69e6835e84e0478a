package ui

import (
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// A mentor's pause ("not taking new mentees until…") stops mentees' invitations in a
// self-service programme. The coordinators' console shows it rather than obeying it: the
// solver still proposes a paused mentor, since a coordinator may know the pause ends before
// the pairs start, or have asked the mentor; the drafts, the "Pair by hand" choice and its
// preview mark the mentor paused, and excluding the pair is one click.

// pausedMentors are the days the pauses of program's mentors end (programme's clock), by
// mentor application id, for those paused at now.
func pausedMentors(program *core.Record, mentors []*core.Record, now time.Time) map[string]string {
	out := map[string]string{}
	for _, m := range mentors {
		if until, paused := kernel.PausedUntil(m, now); paused {
			out[m.Id] = kernel.PauseDay(until, program)
		}
	}
	return out
}

// mentorChoice is mentor as the "Pair by hand" form offers them: their name, and whether
// they are paused and how many of their seats active pairs and the proposal take when that is
// all of them.
func (st *consoleState) mentorChoice(e *core.RequestEvent, program *core.Record, mentor consoleApplicant, now time.Time) directoryChoice {
	var states []string
	if day := st.pausedDay(mentor, program, now); day != "" {
		states = append(states, translate(e, "availability.badge.paused", "date", day))
	}
	if pairs := st.pairs[mentor.id]; pairs >= mentor.capacity {
		states = append(states, translate(e, "mend.console.full", "pairs", pairs, "capacity", mentor.capacity))
	}
	label := mentor.name
	if len(states) > 0 {
		label = translate(e, "mend.console.choice", "name", label, "state", strings.Join(states, ", "))
	}
	return directoryChoice{Value: mentor.id, Label: label}
}
