package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mentorbase/mentorbase/internal/matching"
)

// profileFiles are match solve's profile inputs.
type profileFiles struct{ mentees, mentors, criteria string }

// runSolveProfiles scores the allowed pairs of the profiles and solves them;
// --timing splits reading, scoring and solving.
func runSolveProfiles(stdout, stderr io.Writer, files profileFiles, timing bool) error {
	start := time.Now()
	mentees, err := readProfiles(files.mentees)
	if err != nil {
		return err
	}
	mentors, err := readProfiles(files.mentors)
	if err != nil {
		return err
	}
	c, err := readCriteria(files.criteria)
	if err != nil {
		return err
	}
	read := time.Since(start)
	start, cpu := time.Now(), cpuTime()
	p := &matching.Problem{Mentees: len(mentees), Capacity: make([]int32, len(mentors)),
		Sparse: matching.NewScorer(c, mentees, mentors).Arcs()}
	for j, r := range mentors {
		p.Capacity[j] = int32(max(r.Capacity, 0))
	}
	scored, scoreCPU := time.Since(start), cpuTime()-cpu
	start, cpu = time.Now(), cpuTime()
	sol, err := matching.Solve(p)
	if err != nil {
		return badInput{files.mentees, err}
	}
	solved, solveCPU := time.Since(start), cpuTime()-cpu
	in := &matching.Instance{Problem: p, MenteeIDs: profileIDs(mentees), MentorIDs: profileIDs(mentors)}
	if err := writeSolution(stdout, in, sol); err != nil {
		return err
	}
	if timing {
		ms := func(d time.Duration) time.Duration { return d.Round(time.Millisecond) }
		fmt.Fprintf(stderr, "read %v, score %d pairs %v (CPU %v), solve %v (CPU %v), peak memory %s\n", ms(read),
			len(p.Sparse), ms(scored), ms(scoreCPU), ms(solved), ms(solveCPU), peakMemory())
	}
	return nil
}

func readCriteria(path string) (matching.Criteria, error) {
	if path == "" {
		return matching.DefaultCriteria(), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return matching.Criteria{}, badInput{path, err}
	}
	c, err := matching.ParseCriteria(data)
	if err != nil {
		return matching.Criteria{}, badInput{path, err}
	}
	return c, nil
}

func profileIDs(profiles []matching.Profile) []json.RawMessage {
	ids := make([]json.RawMessage, len(profiles))
	for k, p := range profiles {
		ids[k], _ = json.Marshal(p.ID)
	}
	return ids
}
