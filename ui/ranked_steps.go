package ui

import (
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// rankedStepKeys are the labels of the steps of a ranked request on /me, by status.
var rankedStepKeys = map[string]string{
	kernel.MatchDeclined:   "booking.ranked.step.declined",
	kernel.MatchExpired:    "booking.ranked.step.expired",
	kernel.MatchInvited:    "booking.ranked.step.invited",
	kernel.MatchActive:     "booking.ranked.step.active",
	kernel.MatchCancelled:  "booking.ranked.step.cancelled",
	kernel.MatchClosed:     "booking.ranked.step.active",
	mentoring.RankedQueued: "booking.ranked.step.queued",
}

// rankedStep is one mentor of the mentee's ranked request, as /me lists it.
type rankedStep struct {
	Mentor, Key string
	Current     bool // the mentor asked now
}

// rankedStepsOf labels the steps of a ranked request.
func rankedStepsOf(steps []mentoring.RankedStep) []rankedStep {
	out := make([]rankedStep, len(steps))
	for i, s := range steps {
		out[i] = rankedStep{Mentor: s.Mentor, Key: rankedStepKeys[s.Status], Current: s.Status == kernel.MatchInvited}
	}
	return out
}
