package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"

	"github.com/mentorbase/mentorbase/internal/matching"
)

// newMatchCmd groups the matching commands; plan needs the app, the others only files.
func newMatchCmd(app core.App) *cobra.Command {
	cmd := &cobra.Command{Use: "match", Short: "Score and assign mentors to mentees"}
	cmd.AddCommand(newMatchSolveCmd(), newMatchScoreCmd(), newMatchGenCmd(), newMatchPlanCmd(app))
	return cmd
}

func newMatchSolveCmd() *cobra.Command {
	var matrix, timing bool
	var prof profileFiles
	cmd := &cobra.Command{
		Use:   "solve FILE | --mentees FILE --mentors FILE [--criteria FILE]",
		Short: "Solve a standalone assignment problem exactly and print the answer as JSON",
		Long: `Reads {"mentors": [{"id", "capacity"}], "mentees": [{"id"}], "pairs": [{"mentee", "mentor", "score"}]}
(optional "locked" and "excluded" lists of {"mentee", "mentor"}; pairs not listed are forbidden),
or with --matrix the dense little-endian binary format: int32 n, int32 m, m int32 capacities,
n×m int32 scores mentee-major with -1 for forbidden (m ≥ 1 when n ≥ 1). Prints
{"matched", "total", "pairs": [[mentee, mentor, score]], "unmatched", "unmatched_reasons", "optimal"}.
With --mentees and --mentors (JSON arrays of application profiles, as match score reads) and
--criteria, scores the pairs the criteria allow (only those within the same area when the area is
a must-have, never the dense matrix) and solves them; ids are the profiles' ids.
A file that cannot be read exits with status 2 and one line saying what is wrong.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if prof.mentees != "" || prof.mentors != "" {
				return cobra.NoArgs(cmd, args)
			}
			return cobra.ExactArgs(1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if prof.mentees != "" || prof.mentors != "" {
				return exitIfBadInput(matchStderr, runSolveProfiles(cmd.OutOrStdout(), matchStderr, prof, timing))
			}
			return exitIfBadInput(matchStderr, runSolve(cmd.OutOrStdout(), matchStderr, args[0], matrix, timing))
		},
	}
	cmd.Flags().StringVar(&prof.mentees, "mentees", "", "JSON array of mentee profiles (instead of FILE)")
	cmd.Flags().StringVar(&prof.mentors, "mentors", "", "JSON array of mentor profiles (with --mentees)")
	cmd.Flags().StringVar(&prof.criteria, "criteria", "", "programme criteria JSON (default weights when omitted)")
	cmd.Flags().BoolVar(&matrix, "matrix", false, "FILE is the dense binary matrix format")
	cmd.Flags().BoolVar(&timing, "timing", false, "print read and solve times and peak memory on stderr")
	return cmd
}

// runSolve writes the answer to stdout and the timing to stderr.
func runSolve(stdout, stderr io.Writer, path string, matrix, timing bool) error {
	start := time.Now()
	in, done, err := readInstance(path, matrix)
	if err != nil {
		return badInput{path, err}
	}
	defer done()
	read := time.Since(start)
	start, cpu := time.Now(), cpuTime()
	sol, err := matching.Solve(in.Problem)
	if err != nil {
		return badInput{path, err}
	}
	solved, cpu := time.Since(start), cpuTime()-cpu
	if err := writeSolution(stdout, in, sol); err != nil {
		return err
	}
	if timing {
		fmt.Fprintf(stderr, "read %v, solve %v (CPU %v), peak memory %s\n",
			read.Round(time.Millisecond), solved.Round(time.Millisecond), cpu.Round(time.Millisecond), peakMemory())
	}
	return nil
}

// readInstance reads a JSON or matrix file; done releases a mapped matrix
// once the answer is written.
func readInstance(path string, matrix bool) (in *matching.Instance, done func() error, err error) {
	if !matrix {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, err
		}
		in, err := matching.ParseJSON(data)
		return in, func() error { return nil }, err
	}
	p, done, err := matching.OpenMatrix(path)
	if err != nil {
		return nil, nil, err
	}
	return &matching.Instance{Problem: p, MenteeIDs: numberIDs(p.Mentees), MentorIDs: numberIDs(p.Mentors())}, done, nil
}

func numberIDs(n int) []json.RawMessage {
	ids := make([]json.RawMessage, n)
	for k := range ids {
		ids[k] = json.RawMessage(strconv.Itoa(k))
	}
	return ids
}

type solveOutput struct {
	Matched          int               `json:"matched"`
	Total            int64             `json:"total"`
	Pairs            [][3]any          `json:"pairs"`
	Unmatched        []json.RawMessage `json:"unmatched"`
	UnmatchedReasons []string          `json:"unmatched_reasons"`
	Optimal          bool              `json:"optimal"`
}

func writeSolution(w io.Writer, in *matching.Instance, sol *matching.Solution) error {
	out := solveOutput{Matched: sol.Matched, Total: sol.Total, Optimal: sol.Optimal,
		Pairs: make([][3]any, 0, len(sol.Pairs)), Unmatched: []json.RawMessage{}, UnmatchedReasons: []string{}}
	for _, p := range sol.Pairs {
		out.Pairs = append(out.Pairs, [3]any{in.MenteeIDs[p.Mentee], in.MentorIDs[p.Mentor], p.Score})
	}
	for _, u := range sol.Unmatched {
		out.Unmatched = append(out.Unmatched, in.MenteeIDs[u.Mentee])
		out.UnmatchedReasons = append(out.UnmatchedReasons, u.Reason)
	}
	return json.NewEncoder(w).Encode(out)
}
