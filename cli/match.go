package cli

import "github.com/spf13/cobra"

// newMatchCmd groups the matching commands.
func newMatchCmd() *cobra.Command {
	return &cobra.Command{Use: "match", Short: "Score and assign mentors to mentees"}
}
