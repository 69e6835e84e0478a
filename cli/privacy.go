package cli

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// newPrivacyCmd lets an admin export or erase a person's data on their request, as the
// person's account page does; both are logged as run from the command line.
func newPrivacyCmd(app core.App) *cobra.Command {
	var email, output string
	var confirmed bool
	cmd := &cobra.Command{
		Use:   "privacy export|erase --email ADDRESS [--output FILE] [--yes]",
		Short: "Export a person's data as a ZIP, or erase their account, on their request",
		Long: `export writes everything held about the person (the ZIP of their account page) to --output,
or to standard output. erase erases their account as their own erasure does (their pairs'
shared records stay under "former participant"); it asks for --yes. Both are written to the
privacy_log collection. Bad input prints one line and exits with status 2.`,
		Args:          cobra.ExactArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := runPrivacy(app, cmd.OutOrStdout(), args[0], email, output, confirmed); err != nil {
				fmt.Fprintln(matchStderr, "privacy: "+err.Error())
				exitProcess(2)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&email, "email", "", "the person's e-mail address (required)")
	cmd.Flags().StringVar(&output, "output", "", "export: file to write instead of standard output")
	cmd.Flags().BoolVar(&confirmed, "yes", false, "erase: confirm the erasure")
	return cmd
}

// runPrivacy finds the person by address and runs what ("export" or "erase").
func runPrivacy(app core.App, out io.Writer, what, email, output string, confirmed bool) error {
	if email == "" {
		return errors.New("--email ADDRESS is required")
	}
	person, err := app.FindAuthRecordByEmail(kernel.CollectionUsers, email)
	if err != nil || kernel.IsFormerParticipant(person) {
		return fmt.Errorf("no account with address %q", email)
	}
	actor := workspace.PrivacyActor{Via: kernel.PrivacyByCommand}
	switch what {
	case "export":
		if output == "" {
			return workspace.ExportPerson(app, person, actor, out)
		}
		f, err := os.Create(output)
		if err != nil {
			return err
		}
		if err := workspace.ExportPerson(app, person, actor, f); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	case "erase":
		if !confirmed {
			return errors.New("erasing cannot be undone: add --yes")
		}
		return workspace.ErasePerson(app, person, actor)
	}
	return fmt.Errorf("%q: choose export or erase", what)
}
