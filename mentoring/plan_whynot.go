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

// WhyNotBase is what every "why not this mentor?" of a coordinated programme compares with:
// the engine's input and the proposal it computes now for the programme's objective. It is
// never changed once made, so one may be shared and kept until the programme's applications,
// matches or criteria change (the console keeps the last one): each question then costs the
// forcing alone instead of reading and solving the whole programme again.
type WhyNotBase struct {
	in                 *planInput
	problem            *matching.Problem
	sol                *matching.Solution
	before             matching.Report
	objective          string
	menteeAt, mentorAt map[string]int // indexes by application id
}

// NewWhyNotBase reads a coordinated programme and solves it for its objective.
func NewWhyNotBase(app core.App, programID string) (*WhyNotBase, error) {
	in, problem, err := loadProblem(app, programID)
	if err != nil {
		return nil, err
	}
	b := &WhyNotBase{in: in, problem: problem, objective: ProgramObjective(in.program),
		menteeAt: indexByID(in.mentees), mentorAt: indexByID(in.mentors)}
	if b.sol, err = matching.SolveFor(problem, b.objective); err != nil {
		return nil, err
	}
	b.before = matching.Evaluate(problem, b.sol, ScoreScale)
	return b, nil
}

// WhyNot answers "why not this mentor?" for a mentee without an active pair and a mentor of a
// coordinated programme: the matched count, the total and who loses, gains or changes mentor
// if the pair is forced. Nothing is stored.
func WhyNot(app core.App, programID, menteeAppID, mentorAppID string) (*ForcedPair, error) {
	b, err := NewWhyNotBase(app, programID)
	if err != nil {
		return nil, err
	}
	return b.WhyNot(menteeAppID, mentorAppID)
}

// WhyNot is the package's WhyNot against b's proposal.
func (b *WhyNotBase) WhyNot(menteeAppID, mentorAppID string) (*ForcedPair, error) {
	i, okMentee := b.menteeAt[menteeAppID]
	j, okMentor := b.mentorAt[mentorAppID]
	if !okMentee {
		return nil, kernel.Refuse("mentoring.error.already_matched")
	}
	if !okMentor {
		return nil, kernel.Refuse("mentoring.error.not_approved")
	}
	problem, sol := b.problem, b.sol
	out := &ForcedPair{Objective: b.objective, Before: b.before}
	// Pairing the mentee by hand replaces their locked pair, if any: force from a problem
	// without it (solved again), compared with the proposal that has it.
	free, freeSol := problem, sol
	if slices.ContainsFunc(problem.Locked, func(l matching.Pair) bool { return l.Mentee == i }) {
		q := *problem
		q.Locked = slices.DeleteFunc(slices.Clone(problem.Locked), func(l matching.Pair) bool { return l.Mentee == i })
		var err error
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
	out.compare(b.in, sol, f.MentorOf, i)
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
