package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/mentorbase/mentorbase/internal/matching"
)

// newMatchGenCmd writes the benchmark instances as matrix files, or with
// --profiles a national scheme's applications, so the README's --timing
// figures can be reproduced. Hidden: it is a tool for measuring, not for
// running a programme.
func newMatchGenCmd() *cobra.Command {
	var kind string
	var profiles bool
	var mentees, mentors, capacity, maxScore, areas int
	var seed uint64
	cmd := &cobra.Command{
		Use:   "gen FILE",
		Short: "Write a generated benchmark instance as a matrix file (or profiles with --profiles)",
		Long: `Writes a dense matrix file for match solve --matrix: --kind uniform, popular (score =
S − round(S × (0.7 × popularity + 0.3 × noise))), popular9 (weights 0.9 and 0.1), sparse (10 % of
pairs allowed) or clustered (50 areas, mentees crowded into a few; same-area pairs score in the
upper half), scores 0..S with S = --max-score. With --profiles, writes FILE-mentees.json,
FILE-mentors.json and FILE-criteria.json (default weights, area a must-have) for match solve
--mentees/--mentors/--criteria: --areas areas with 5 cities each; mentors take 1–3 mentees.`,
		Hidden: true,
		Args:   cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if profiles {
				return writeProfiles(args[0], mentees, mentors, areas, seed)
			}
			p, err := matching.GenerateScaled(kind, mentees, mentors, int32(capacity), int32(maxScore), seed)
			if err != nil {
				return err
			}
			return writeGenerated(args[0], func(w *bufio.Writer) error { return matching.WriteMatrix(w, p) })
		},
	}
	cmd.Flags().StringVar(&kind, "kind", matching.KindUniform, "uniform, popular, popular9, sparse or clustered")
	cmd.Flags().IntVar(&maxScore, "max-score", 100, "highest score S (scores are 0..S)")
	cmd.Flags().BoolVar(&profiles, "profiles", false, "write application profiles and criteria instead of a matrix")
	cmd.Flags().IntVar(&areas, "areas", 100, "with --profiles: number of areas")
	cmd.Flags().IntVar(&mentees, "mentees", 10000, "number of mentees")
	cmd.Flags().IntVar(&mentors, "mentors", 5000, "number of mentors")
	cmd.Flags().IntVar(&capacity, "capacity", 2, "seats per mentor")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "random seed")
	return cmd
}

// writeProfiles writes the three files match solve --mentees reads.
func writeProfiles(prefix string, mentees, mentors, areas int, seed uint64) error {
	e, r := matching.GenerateProfiles(mentees, mentors, areas, seed)
	c := matching.DefaultCriteria()
	c.Must = []string{matching.CriterionArea}
	for suffix, v := range map[string]any{"-mentees.json": e, "-mentors.json": r, "-criteria.json": c} {
		err := writeGenerated(prefix+suffix, func(w *bufio.Writer) error { return json.NewEncoder(w).Encode(v) })
		if err != nil {
			return err
		}
	}
	return nil
}

func writeGenerated(path string, write func(*bufio.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	if err := write(w); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
