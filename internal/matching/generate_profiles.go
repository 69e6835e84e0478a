package matching

import (
	"fmt"
	"math/rand/v2"
)

// GenerateProfiles draws a national scheme's applications for the
// benchmarks and `match gen --profiles`: mentees and mentors spread over
// the given number of areas, each area with 5 cities of its own (so a
// must-have area splits the scheme into one part per area), tags from a
// vocabulary of 60 skills, 20 industries, 30 job functions and 40
// interests, 6 languages and 3 meeting modes; mentors take 1 to 3 mentees
// (2 on average). The same arguments always give the same profiles.
func GenerateProfiles(mentees, mentors, areas int, seed uint64) (menteeProfiles, mentorProfiles []Profile) {
	r := rand.New(rand.NewPCG(seed, 0x70726f66696c65))
	pick := func(prefix string, of, least, most int) []string {
		var out []string
		for k := least + r.IntN(most-least+1); k > 0; k-- {
			out = append(out, fmt.Sprintf("%s%d", prefix, r.IntN(of)))
		}
		return out
	}
	common := func(id string) Profile {
		area := r.IntN(max(areas, 1))
		return Profile{ID: id, Area: fmt.Sprintf("area%d", area), City: fmt.Sprintf("city%d-%d", area, r.IntN(5)),
			Languages:    pick("lang", 6, 1, 2),
			MeetingModes: []string{[]string{"in_person", "video", "phone"}[r.IntN(3)]}}
	}
	menteeProfiles = make([]Profile, mentees)
	for i := range menteeProfiles {
		p := common(fmt.Sprintf("e%d", i))
		p.DevelopmentAreas = pick("skill", 60, 1, 4)
		p.Interests = append(pick("int", 40, 0, 3), append(pick("ind", 20, 0, 1), pick("job", 30, 0, 1)...)...)
		menteeProfiles[i] = p
	}
	mentorProfiles = make([]Profile, mentors)
	for j := range mentorProfiles {
		p := common(fmt.Sprintf("r%d", j))
		p.Industry, p.JobFunction = fmt.Sprintf("ind%d", r.IntN(20)), fmt.Sprintf("job%d", r.IntN(30))
		p.Skills, p.EnglishOK, p.Capacity = pick("skill", 60, 2, 6), r.IntN(2) == 0, 1+r.IntN(3)
		mentorProfiles[j] = p
	}
	return menteeProfiles, mentorProfiles
}
