package matching

// Reasons a mentee is left unmatched.
const (
	// ReasonNoAllowedMentor: no allowed, non-excluded pair with a mentor who
	// has a seat left.
	ReasonNoAllowedMentor = "no_allowed_mentor"
	// ReasonSeatsTaken: the mentee had options, but every optimal answer
	// gives those seats to other mentees (more matches or a higher total).
	ReasonSeatsTaken = "seats_taken"
)

// Assigned is one pair of a solution with its score.
type Assigned struct {
	Mentee, Mentor int
	Score          int32
	Locked         bool
}

// Unmatched is a mentee left without a mentor and why (a Reason… constant).
type Unmatched struct {
	Mentee int
	Reason string
}

// Certificate is the dual solution that proves an answer optimal: with
// cost(i,j) = MaxScore − score(i,j) for allowed pairs and Unmatched for a
// mentee left alone, every allowed pair has cost + MentorPrice[j] −
// MenteeDual[i] ≥ 0, every mentee has MenteeDual[i] ≤ Unmatched, equality
// holds on the chosen pairs and on unmatched mentees, prices are ≥ 0 and only
// full mentors have a positive price. Unmatched exceeds any total score, so
// the proof covers both objectives at once (first count, then total).
type Certificate struct {
	MaxScore    int64
	Unmatched   int64
	MenteeDual  []int64
	MentorPrice []int64
}

// Solution is a proven optimal assignment.
type Solution struct {
	// Matched is the number of mentees with a mentor, Total their summed score.
	Matched int
	Total   int64
	// Pairs lists the matched pairs by increasing mentee, locked ones included.
	Pairs []Assigned
	// Unmatched lists the mentees left alone, by increasing index.
	Unmatched []Unmatched
	// Optimal is true once Certificate has been checked against every
	// allowed pair; Solve never returns a solution where it is false.
	Optimal     bool
	Certificate Certificate
	// Rounds counts candidate-set solves; Candidates is the final number of
	// candidate pairs. Both describe the work done, not the answer.
	Rounds, Candidates int
}
