package matching

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// randomProfiles draws application profiles from a vocabulary of the size a
// large programme has: 60 skills, 20 industries, 30 job functions, 40
// interests, 6 languages, 12 areas.
func randomProfiles(r *rand.Rand, n int) []Profile {
	pick := func(prefix string, of, most int) []string {
		var out []string
		for k := r.IntN(most + 1); k > 0; k-- {
			out = append(out, fmt.Sprintf("%s%d", prefix, r.IntN(of)))
		}
		return out
	}
	out := make([]Profile, n)
	for i := range out {
		out[i] = Profile{
			ID: fmt.Sprint(i), Industry: fmt.Sprintf("ind%d", r.IntN(20)), JobFunction: fmt.Sprintf("job%d", r.IntN(30)),
			Skills: pick("skill", 60, 6), DevelopmentAreas: pick("skill", 60, 4),
			Interests: append(pick("int", 40, 3), pick("ind", 20, 2)...), Languages: pick("lang", 6, 2),
			Industries: pick("ind", 20, 2), JobFunctions: pick("job", 30, 2),
			EnglishOK: r.IntN(2) == 0, Area: fmt.Sprintf("area%d", r.IntN(12)), City: fmt.Sprintf("city%d", r.IntN(40)),
			MeetingModes: []string{[]string{"in_person", "video", "phone"}[r.IntN(3)]},
		}
	}
	return out
}

// BenchmarkScoreMatrix scores every pair of 10,000 mentees × 5,000 mentors
// on all cores (GOMAXPROCS), with all 8 criteria weighted.
func BenchmarkScoreMatrix(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	mentees, mentors := randomProfiles(r, 10000), randomProfiles(r, 5000)
	c := DefaultCriteria()
	b.ResetTimer()
	for b.Loop() {
		NewScorer(c, mentees, mentors).Matrix()
	}
}
