package mentoring

import (
	"errors"
	"slices"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/kernel"
)

// ForcedPair is what pairing a mentee with a mentor by hand would cost against the proposal
// the engine computes now for the programme's objective (matching.WhyNot).
type ForcedPair struct {
	Before       matching.Report
	Matched      int
	Total        int64
	Lowest       int32
	Lost, Gained []*core.Record // mentee applications
	Moved        []MovedMentee
	Objective    string
}

// MovedMentee is a mentee whom the forced pair gives another mentor.
type MovedMentee struct {
	Mentee, From, To *core.Record
}

// WhyNot answers "why not this mentor?" for a mentee without an active pair and a mentor of a
// coordinated programme: the matched count, the total and who loses, gains or changes mentor
// if the pair is forced. Nothing is stored.
func WhyNot(app core.App, programID, menteeAppID, mentorAppID string) (*ForcedPair, error) {
	in, err := loadPlanInput(app, programID)
	if err != nil {
		return nil, err
	}
	i, okMentee := indexByID(in.mentees)[menteeAppID]
	j, okMentor := indexByID(in.mentors)[mentorAppID]
	if !okMentee {
		return nil, kernel.Refuse("mentoring.error.already_matched")
	}
	if !okMentor {
		return nil, kernel.Refuse("mentoring.error.not_approved")
	}
	problem, _, err := in.problem()
	if err != nil {
		return nil, err
	}
	out := &ForcedPair{Objective: ProgramObjective(in.program)}
	sol, err := matching.SolveFor(problem, out.Objective)
	if err != nil {
		return nil, err
	}
	out.Before = matching.Evaluate(problem, sol, ScoreScale)
	// Pairing the mentee by hand replaces their locked pair, if any: force from a problem
	// without it (solved again), compared with the proposal that has it.
	free, freeSol := problem, sol
	if slices.ContainsFunc(problem.Locked, func(l matching.Pair) bool { return l.Mentee == i }) {
		q := *problem
		q.Locked = slices.DeleteFunc(slices.Clone(problem.Locked), func(l matching.Pair) bool { return l.Mentee == i })
		if freeSol, err = matching.SolveFor(&q, out.Objective); err != nil {
			return nil, err
		}
		free = &q
	}
	f, err := matching.WhyNot(free, freeSol, out.Objective, i, j)
	if errors.Is(err, matching.ErrCannotForce) {
		return nil, kernel.Refuse("mentoring.error.capacity_full")
	} else if err != nil {
		return nil, err
	}
	out.Matched, out.Total, out.Lowest = f.Matched, f.Total, f.Lowest
	out.compare(in, sol, f.MentorOf, i)
	return out, nil
}

// compare lists who loses, gains or changes mentor between the proposal sol and the
// assignment after (each mentee's mentor, −1 alone), leaving out the forced mentee.
func (out *ForcedPair) compare(in *planInput, sol *matching.Solution, after []int, forced int) {
	before := make([]int, len(after))
	for k := range before {
		before[k] = -1
	}
	for _, a := range sol.Pairs {
		before[a.Mentee] = a.Mentor
	}
	for k, b := range after {
		switch {
		case k == forced || b == before[k]:
		case b < 0:
			out.Lost = append(out.Lost, in.mentees[k])
		case before[k] < 0:
			out.Gained = append(out.Gained, in.mentees[k])
		default:
			out.Moved = append(out.Moved, MovedMentee{in.mentees[k], in.mentors[before[k]], in.mentors[b]})
		}
	}
}
