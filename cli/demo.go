package cli

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/pocketbase/pocketbase"
	"github.com/spf13/cobra"
)

// newDemoCmd loads the demo programmes and prints whom to sign in as.
func newDemoCmd(app *pocketbase.PocketBase) *cobra.Command {
	var scale int
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Load (again) two demo programmes with a coordinator, mentors and mentees",
		Long: "Creates or updates a coordinated and a self-service programme, their charter, a tag " +
			"vocabulary, a coordinator and about 80 applicants in three languages. Running it again " +
			"updates the same records instead of adding new ones.",
		Args:         cobra.NoArgs,
		SilenceUsage: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := app.RunAllMigrations(); err != nil {
				return fmt.Errorf("demo: apply migrations: %w", err)
			}
			accounts, people, err := loadDemo(app, time.Now())
			if err != nil {
				return fmt.Errorf("demo: %w", err)
			}
			if scale > 0 {
				started := time.Now()
				w, err := addScale(app, scale, started)
				if err != nil {
					return fmt.Errorf("demo --scale: %w", err)
				}
				fmt.Fprintf(cmd.OutOrStdout(), "Added %d participants, %d active pairs, %d meetings and %d messages in %s.\n",
					w.people, w.pairs, w.meetings, w.messages, time.Since(started).Round(time.Millisecond))
			}
			printDemoAccounts(cmd.OutOrStdout(), app.Settings().Meta.AppURL, app.DataDir(), accounts, people)
			return nil
		},
	}
	// Hidden: it is for measuring the portal (README "Performance"), not for trying it.
	cmd.Flags().IntVar(&scale, "scale", 0, "also add N generated participants with pairs, meetings and messages")
	_ = cmd.Flags().MarkHidden("scale")
	return cmd
}

// printDemoAccounts says where the demo went (dataDir, the one `serve` reads when started from
// the same folder or binary) and whom to sign in as, at appURL: the Application URL, which
// `serve` sets to its own address while both are on this machine (kernel.FollowLocalServer).
func printDemoAccounts(w io.Writer, appURL, dataDir string, accounts []demoAccount, people int) {
	fmt.Fprintf(w, "Demo loaded into %s: %d programmes, %d applicants and their coordinator.\n", dataDir, len(demoPrograms), people)
	fmt.Fprintf(w, "Sign in at %s/login with one of these (password for every demo account: %s):\n\n",
		strings.TrimRight(appURL, "/"), demoPassword)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, a := range accounts {
		where := "both programmes"
		if a.program != "" {
			where = a.program + " (" + strings.ReplaceAll(a.mode, "_", "-") + ")"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", a.role, a.email, a.name, where)
	}
	tw.Flush()
	fmt.Fprintf(w, "\nThis is the Application URL, which links in e-mails use too; `serve` sets it to its own\n"+
		"address on this machine. If the portal is served elsewhere (another machine, a public\n"+
		"address, HTTPS), set it in the dashboard under Settings → Application.\n")
}
