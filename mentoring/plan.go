package mentoring

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/kernel"
)

// ProposedPair is a pair of the console's proposal: its draft match, both applications and
// its score with the explanation.
type ProposedPair struct {
	Match, Mentee, Mentor *core.Record
	Result                matching.Result
}

// UnmatchedMentee is a mentee the proposal leaves alone, with the engine's reason:
// matching.ReasonNoAllowedMentor or matching.ReasonSeatsTaken.
type UnmatchedMentee struct {
	Application *core.Record
	Reason      string
}

// PlanResult is the console's proposal.
type PlanResult struct {
	Pairs     []ProposedPair
	Unmatched []UnmatchedMentee
	// Optimal is the engine's proof that no assignment matches more mentees, or as many
	// with a higher total score (with a threshold on the lowest score for the fairest
	// objective); the stable objective has no such proof.
	Optimal bool
	// Objective is the programme's matching.Objective… the proposal follows; Report is what
	// it achieves.
	Objective string
	Report    matching.Report
}

// Plan runs the matching engine on a coordinated programme's approved applications, for the
// programme's objective (ProgramObjective), and stores its proposal as draft matches. Mentees already in an active pair are left out and
// active pairs use their mentors' seats; locked drafts stay in the answer, excluded and
// previously declined pairs are never proposed. Unlocked, unexcluded drafts are replaced.
func Plan(app core.App, programID string) (*PlanResult, error) {
	var result *PlanResult
	err := app.RunInTransaction(func(tx core.App) error {
		in, err := loadPlanInput(tx, programID)
		if err != nil {
			return err
		}
		problem, scorer, err := in.problem()
		if err != nil {
			return err
		}
		objective := ProgramObjective(in.program)
		solution, err := matching.SolveFor(problem, objective)
		if err != nil {
			return err
		}
		if result, err = in.store(tx, solution, scorer); err != nil {
			return err
		}
		result.Objective, result.Report = objective, matching.Evaluate(problem, solution, ScoreScale)
		return nil
	})
	return result, err
}

// planInput is what the engine needs from the database.
type planInput struct {
	program          *core.Record
	criteria         matching.Criteria
	mentees, mentors []*core.Record
	seatsLeft        []int32
	locked           map[matching.Pair]*core.Record
	excluded         []matching.Pair
	stale            []*core.Record // unlocked, unexcluded drafts the proposal replaces
}

func loadPlanInput(app core.App, programID string) (*planInput, error) {
	program, err := findOwn(app, kernel.CollectionPrograms, programID)
	if err != nil {
		return nil, err
	}
	if program.GetString("matching_mode") != kernel.MatchingCoordinated {
		return nil, kernel.Refuse("mentoring.error.wrong_mode")
	}
	in := &planInput{program: program, locked: map[matching.Pair]*core.Record{}}
	if in.criteria, err = ProgramCriteria(program); err != nil {
		return nil, err
	}
	matches, err := app.FindRecordsByFilter(kernel.CollectionMatches, "program = {:program}", "created", 0, 0,
		dbx.Params{"program": programID})
	if err != nil {
		return nil, err
	}
	paired, used := map[string]bool{}, map[string]int{}
	for _, m := range matches {
		if m.GetString("status") == kernel.MatchActive {
			paired[m.GetString("mentee")] = true
			used[m.GetString("mentor")]++
		}
	}
	approved := func(role string) ([]*core.Record, error) {
		return app.FindRecordsByFilter(kernel.CollectionApplications, `program = {:program} && role = {:role} && status = {:status}`,
			"created", 0, 0, dbx.Params{"program": programID, "role": role, "status": kernel.ApplicationApproved})
	}
	if in.mentors, err = approved(kernel.RoleMentor); err != nil {
		return nil, err
	}
	all, err := approved(kernel.RoleMentee)
	if err != nil {
		return nil, err
	}
	for _, mentee := range all {
		if !paired[mentee.Id] {
			in.mentees = append(in.mentees, mentee)
		}
	}
	for _, mentor := range in.mentors {
		in.seatsLeft = append(in.seatsLeft, int32(max(kernel.MentorCapacity(mentor, program)-used[mentor.Id], 0)))
	}
	in.sortMatches(matches)
	return in, nil
}

// sortMatches files the programme's matches into locked, excluded and stale pairs.
func (in *planInput) sortMatches(matches []*core.Record) {
	menteeIndex, mentorIndex := indexByID(in.mentees), indexByID(in.mentors)
	excluded := map[matching.Pair]bool{}
	for _, m := range matches {
		i, okMentee := menteeIndex[m.GetString("mentee")]
		j, okMentor := mentorIndex[m.GetString("mentor")]
		status := m.GetString("status")
		draft := status == kernel.MatchDraft
		if draft && !m.GetBool("locked") && !m.GetBool("excluded") {
			in.stale = append(in.stale, m)
		}
		if !okMentee || !okMentor {
			continue
		}
		pair := matching.Pair{Mentee: i, Mentor: j}
		switch {
		case status == kernel.MatchDeclined || draft && m.GetBool("excluded"):
			excluded[pair] = true
		case draft && m.GetBool("locked"):
			in.locked[pair] = m
		}
	}
	for pair := range excluded {
		delete(in.locked, pair)
		in.excluded = append(in.excluded, pair)
	}
}

func indexByID(records []*core.Record) map[string]int {
	index := make(map[string]int, len(records))
	for k, r := range records {
		index[r.Id] = k
	}
	return index
}
