package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"

	"github.com/mentorbase/mentorbase/internal/csvexport"
	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// newExportCmd writes one of a programme's tables as CSV, as the report page's links do.
func newExportCmd(app core.App) *cobra.Command {
	var slug, what, lang, output string
	cmd := &cobra.Command{
		Use:   "export --program SLUG --what " + strings.Join(workspace.ExportKinds, "|") + " [--lang en|fr|sv] [--output FILE]",
		Short: "Write a programme's applications, pairs, meetings, evaluations or events as CSV",
		Long: `Writes the table the programme's coordinators download from its report page: UTF-8 with a
byte order mark, headers and coded values (statuses, roles, kinds, modes) in the chosen
language, cells that a spreadsheet would run as a formula prefixed with an apostrophe. Private notes and account secrets are never part of it. Writes to
standard output unless --output names a file. Bad input prints one line and exits with status 2.`,
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			err := runExport(app, cmd.OutOrStdout(), slug, what, lang, output)
			if err != nil {
				fmt.Fprintln(matchStderr, "export: "+err.Error())
				exitProcess(2)
			}
			return nil
		},
	}
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		fmt.Fprintln(matchStderr, "export: "+err.Error())
		exitProcess(2)
		return err
	})
	cmd.Flags().StringVar(&slug, "program", "", "slug of the programme (required)")
	cmd.Flags().StringVar(&what, "what", "", "the table: "+strings.Join(workspace.ExportKinds, ", ")+" (required)")
	cmd.Flags().StringVar(&lang, "lang", i18n.Fallback, "language of the headers and coded values: "+strings.Join(i18n.Locales, ", "))
	cmd.Flags().StringVar(&output, "output", "", "file to write instead of standard output")
	return cmd
}

// runExport checks the input, then writes the table to out or to the file output.
func runExport(app core.App, out io.Writer, slug, what, lang, output string) error {
	if slug == "" {
		return errors.New("--program SLUG is required")
	}
	if !slices.Contains(i18n.Locales, lang) {
		return fmt.Errorf("--lang %q: choose one of %s", lang, strings.Join(i18n.Locales, ", "))
	}
	program, err := app.FindFirstRecordByData(kernel.CollectionPrograms, "slug", slug)
	if err != nil {
		return fmt.Errorf("no programme with slug %q", slug)
	}
	t, err := workspace.Export(app, program, what, lang) // a refusal says in English which kinds exist
	if err != nil {
		return err
	}
	if output == "" {
		return csvexport.Write(out, t.Header, t.Rows)
	}
	f, err := os.Create(output)
	if err != nil {
		return err
	}
	if err := csvexport.Write(f, t.Header, t.Rows); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
