package matching

import (
	"fmt"
	"math/rand/v2"
)

// Kinds of generated instances, as in the benchmark figures.
const (
	// KindUniform: every pair allowed, scores uniform in 0..100.
	KindUniform = "uniform"
	// KindPopular: every pair allowed, score = 0.7 × mentor popularity +
	// 0.3 × noise, both uniform in 0..100: everyone wants the same mentors.
	KindPopular = "popular"
	// KindSparse: each pair allowed with probability 1/10, scores uniform.
	KindSparse = "sparse"
)

// Generate builds a dense benchmark instance; the same arguments always give
// the same instance.
func Generate(kind string, mentees, mentors int, capacity int32, seed uint64) (*Problem, error) {
	r := rand.New(rand.NewPCG(seed, 0x6d656e746f72))
	p := &Problem{Mentees: mentees, Capacity: make([]int32, mentors), Dense: make([]int32, mentees*mentors)}
	for j := range p.Capacity {
		p.Capacity[j] = capacity
	}
	switch kind {
	case KindUniform:
		for k := range p.Dense {
			p.Dense[k] = r.Int32N(101)
		}
	case KindPopular:
		popularity := make([]int32, mentors)
		for j := range popularity {
			popularity[j] = r.Int32N(101)
		}
		for k := range p.Dense {
			p.Dense[k] = (7*popularity[k%mentors] + 3*r.Int32N(101) + 5) / 10
		}
	case KindSparse:
		for k := range p.Dense {
			p.Dense[k] = Forbidden
			if r.IntN(10) == 0 {
				p.Dense[k] = r.Int32N(101)
			}
		}
	default:
		return nil, fmt.Errorf("unknown instance kind %q (want %s, %s or %s)", kind, KindUniform, KindPopular, KindSparse)
	}
	return p, nil
}
