package matching

import (
	"fmt"
	"math/rand/v2"
)

// Kinds of generated instances, as in the benchmark figures. S is the
// highest score (100 unless GenerateScaled says otherwise).
const (
	// KindUniform: every pair allowed, scores uniform in 0..S.
	KindUniform = "uniform"
	// KindPopular: every pair allowed, score = S − round(S × (0.7 ×
	// popularity_j + 0.3 × noise_ij)) with popularity and noise uniform in
	// [0, 1): everyone wants the same mentors.
	KindPopular = "popular"
	// KindPopular9 is KindPopular with weight 0.9 on popularity.
	KindPopular9 = "popular9"
	// KindSparse: each pair allowed with probability 1/10, scores uniform.
	KindSparse = "sparse"
	// KindClustered: mentees and mentors belong to one of 50 areas, mentors
	// evenly, mentees crowded into a few; a pair in the same area scores uniform in S/2..S,
	// otherwise in 0..S/2, so crowded areas must send mentees elsewhere.
	KindClustered = "clustered"
)

// Kinds lists every generated family, for the benchmarks and `match gen`.
var Kinds = []string{KindUniform, KindPopular, KindPopular9, KindSparse, KindClustered}

// Generate builds a dense benchmark instance with scores 0..100; the same
// arguments always give the same instance.
func Generate(kind string, mentees, mentors int, capacity int32, seed uint64) (*Problem, error) {
	return GenerateScaled(kind, mentees, mentors, capacity, 100, seed)
}

// GenerateScaled is Generate with scores 0..maxScore.
func GenerateScaled(kind string, mentees, mentors int, capacity, maxScore int32, seed uint64) (*Problem, error) {
	if maxScore < 0 {
		return nil, fmt.Errorf("max score %d is negative", maxScore)
	}
	r := rand.New(rand.NewPCG(seed, 0x6d656e746f72))
	p := &Problem{Mentees: mentees, Capacity: make([]int32, mentors), Dense: make([]int32, mentees*mentors)}
	for j := range p.Capacity {
		p.Capacity[j] = capacity
	}
	s := float64(maxScore)
	switch kind {
	case KindUniform:
		for k := range p.Dense {
			p.Dense[k] = r.Int32N(maxScore + 1)
		}
	case KindPopular, KindPopular9:
		w := 0.7
		if kind == KindPopular9 {
			w = 0.9
		}
		popularity := make([]float64, mentors)
		for j := range popularity {
			popularity[j] = w * r.Float64()
		}
		for k := range p.Dense {
			p.Dense[k] = maxScore - int32(s*(popularity[k%mentors]+(1-w)*r.Float64())+0.5)
		}
	case KindSparse:
		for k := range p.Dense {
			p.Dense[k] = Forbidden
			if r.IntN(10) == 0 {
				p.Dense[k] = r.Int32N(maxScore + 1)
			}
		}
	case KindClustered:
		generateClustered(r, p, maxScore)
	default:
		return nil, fmt.Errorf("unknown instance kind %q (want one of %v)", kind, Kinds)
	}
	return p, nil
}

// generateClustered spreads mentors evenly over the areas but crowds mentees
// into the first ones (the square of a uniform draw picks their area), so
// seats and demand do not balance within an area.
func generateClustered(r *rand.Rand, p *Problem, maxScore int32) {
	const areas = 50
	mentorArea := make([]int, p.Mentors())
	for j := range mentorArea {
		mentorArea[j] = r.IntN(areas)
	}
	half := maxScore / 2
	for i := 0; i < p.Mentees; i++ {
		u := r.Float64()
		a, row := int(u*u*areas), p.Dense[i*p.Mentors():(i+1)*p.Mentors()]
		for j := range row {
			row[j] = r.Int32N(half + 1)
			if mentorArea[j] == a {
				row[j] += maxScore - half
			}
		}
	}
}
