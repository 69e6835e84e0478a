package matching

import (
	"math"
	"runtime"
	"sync"
)

// Contribution explains one criterion of a score with keys and values the
// portal translates, e.g. {"criterion":"development_areas","shared":["t1","t2"],
// "matched":2,"of":3,"similarity":0.67,"weight":3,"points":25}.
type Contribution struct {
	Criterion  string   `json:"criterion"`
	Shared     []string `json:"shared"`
	Matched    int      `json:"matched"`
	Of         int      `json:"of"`
	Similarity float64  `json:"similarity"`
	Weight     float64  `json:"weight"`
	Points     int      `json:"points"`
	Must       bool     `json:"must,omitempty"`
	// Mentee and Mentor are what each side brought to the comparison (the mentee's
	// industries and the mentor's industry, both people's languages…).
	Mentee []string `json:"mentee,omitempty"`
	Mentor []string `json:"mentor,omitempty"`
}

// Result is a pair's score (0–100) and its explanation. A forbidden pair
// failed the must-have criteria listed in FailedMust and scores 0.
type Result struct {
	Score       int            `json:"score"`
	Forbidden   bool           `json:"forbidden"`
	FailedMust  []string       `json:"failed_must,omitempty"`
	Explanation []Contribution `json:"explanation"`
}

// Score scores one pair. To score many pairs, build a Scorer once.
func Score(mentee, mentor Profile, c Criteria) Result {
	return NewScorer(c, []Profile{mentee}, []Profile{mentor}).Explain(0, 0)
}

// ScoreEach is Score of mentee with each of mentors, the same results (an explanation names
// the values in the order of the two profiles alone, not of every mentor's), from one scorer:
// the mentee is numbered and compiled once, and each mentor's words are forgotten before the
// next's (forgetFrom), their bit sets cut from one reused slice: a directory page explains
// twenty pairs for every reader.
func ScoreEach(mentee Profile, mentors []Profile, c Criteria) []Result {
	s := newScorer(c)
	s.intern(mentee)
	vocabularies := [...]*vocabulary{s.tags, s.langs, s.modes, s.places}
	var sizes [len(vocabularies)]int
	for k, v := range vocabularies {
		sizes[k] = len(v.names)
	}
	s.mentees = []menteeCode{s.compileMentee(mentee)}
	s.mentors = make([]mentorCode, 1)
	s.spare = make(bitset, 0, 64)
	out := make([]Result, len(mentors))
	for j, mentor := range mentors {
		for k, v := range vocabularies {
			v.forgetFrom(sizes[k])
		}
		s.spare = s.spare[:0]
		s.intern(mentor)
		s.mentors[0] = s.compileMentor(mentor)
		out[j] = s.Explain(0, 0)
	}
	return out
}

// Scorer scores every mentee against every mentor of a programme. Criteria
// that apply only depend on the mentee (a mentee without development areas
// is not judged on them), so each mentee's weights are normalised once and
// a pair costs a few bit-set intersections.
type Scorer struct {
	mentees []menteeCode
	mentors []mentorCode
	weights [numCriteria]float64
	must    [numCriteria]bool
	tags    *vocabulary
	langs   *vocabulary
	modes   *vocabulary
	places  *vocabulary
	// spare, when not nil, is where set cuts its bit sets while it has room (ScoreEach).
	spare bitset
}

// Mentees and Mentors are the numbers of profiles the scorer was built with.
func (s *Scorer) Mentees() int { return len(s.mentees) }

// Mentors is the number of mentor profiles.
func (s *Scorer) Mentors() int { return len(s.mentors) }

// Score returns the score of mentee i with mentor j, or Forbidden when a
// must-have criterion fails.
func (s *Scorer) Score(i, j int) int32 {
	e, r := &s.mentees[i], &s.mentors[j]
	matched := s.matched(e, r)
	total := 0.0
	for c, f := range e.factor {
		if e.mustApply[c] && matched[c] == 0 {
			return Forbidden
		}
		total += f * float64(matched[c])
	}
	return int32(total + 0.5 + 1e-9)
}

func (s *Scorer) matched(e *menteeCode, r *mentorCode) [numCriteria]int32 {
	var m [numCriteria]int32
	m[0] = e.development.common(r.skills)
	m[1] = b2i(e.industries.has(r.industry))
	m[2] = b2i(e.jobs.has(r.job))
	m[3] = e.interests.common(r.tags)
	m[4] = b2i(e.languages.common(r.languages) > 0)
	m[5] = b2i(e.area != 0 && e.area == r.area || e.city != 0 && e.city == r.city)
	m[6] = b2i(e.modes.common(r.modes) > 0)
	m[7] = b2i(r.english)
	return m
}

func b2i(b bool) int32 {
	if b {
		return 1
	}
	return 0
}

// Matrix scores every pair on all cores and returns the mentee-major dense
// matrix that Problem.Dense takes, Forbidden where a must-have fails.
func (s *Scorer) Matrix() []int32 {
	n, m := len(s.mentees), len(s.mentors)
	out := make([]int32, n*m)
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				row := out[i*m : (i+1)*m]
				for j := range row {
					row[j] = s.Score(i, j)
				}
			}
		})
	}
	wg.Wait()
	return out
}

// Explain returns the score of mentee i with mentor j and why. The values it names share
// one backing array, each list cut to its length (appending to one copies it).
func (s *Scorer) Explain(i, j int) Result {
	e, r := &s.mentees[i], &s.mentors[j]
	matched := s.matched(e, r)
	res := Result{Explanation: make([]Contribution, 0, numCriteria)}
	names := make([]string, 0, 64)
	cut := func(from int) []string { return names[from:len(names):len(names)] }
	total := 0.0
	for c := range numCriteria {
		if e.of[c] == 0 || s.weights[c] == 0 && !s.must[c] {
			continue
		}
		points := e.factor[c] * float64(matched[c])
		total += points
		from := len(names)
		names = s.appendShared(names, c, e, r)
		shared, from := cut(from), len(names)
		names = s.appendMenteeSide(names, c, e)
		mentee, from := cut(from), len(names)
		names = s.appendMentorSide(names, c, r)
		mentor := cut(from)
		res.Explanation = append(res.Explanation, Contribution{
			Criterion: criterionNames[c], Shared: shared, Matched: int(matched[c]), Of: int(e.of[c]),
			Similarity: math.Round(100*float64(matched[c])/float64(e.of[c])) / 100,
			Weight:     s.weights[c], Points: int(points + 0.5 + 1e-9), Must: e.mustApply[c],
			Mentee: mentee, Mentor: mentor,
		})
		if e.mustApply[c] && matched[c] == 0 {
			res.Forbidden = true
			res.FailedMust = append(res.FailedMust, criterionNames[c])
		}
	}
	if !res.Forbidden {
		res.Score = int(total + 0.5 + 1e-9)
	}
	return res
}
