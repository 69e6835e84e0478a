package cli

import (
	"bufio"
	"os"

	"github.com/spf13/cobra"

	"github.com/mentorbase/mentorbase/internal/matching"
)

// newMatchGenCmd writes the benchmark instances as matrix files, so the
// README's --timing figures can be reproduced. Hidden: it is a tool for
// measuring, not for running a programme.
func newMatchGenCmd() *cobra.Command {
	var kind string
	var mentees, mentors, capacity int
	var seed uint64
	cmd := &cobra.Command{
		Use:    "gen FILE",
		Short:  "Write a generated benchmark instance as a matrix file",
		Hidden: true,
		Args:   cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := matching.Generate(kind, mentees, mentors, int32(capacity), seed)
			if err != nil {
				return err
			}
			f, err := os.Create(args[0])
			if err != nil {
				return err
			}
			w := bufio.NewWriterSize(f, 1<<20)
			if err := matching.WriteMatrix(w, p); err != nil {
				f.Close()
				return err
			}
			if err := w.Flush(); err != nil {
				f.Close()
				return err
			}
			return f.Close()
		},
	}
	cmd.Flags().StringVar(&kind, "kind", matching.KindUniform, "uniform, popular or sparse")
	cmd.Flags().IntVar(&mentees, "mentees", 10000, "number of mentees")
	cmd.Flags().IntVar(&mentors, "mentors", 5000, "number of mentors")
	cmd.Flags().IntVar(&capacity, "capacity", 2, "seats per mentor")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "random seed")
	return cmd
}
