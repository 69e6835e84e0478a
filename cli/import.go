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

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/csvimport"
	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// importOptions are the flags of the import command.
type importOptions struct {
	slug, role, lang   string
	dryRun, skip       bool
	corrections        []string
	progress, terminal bool
}

// newImportCmd imports a form tool's CSV export of applicants into a programme, as the
// programme's import page does.
func newImportCmd(app core.App) *cobra.Command {
	var o importOptions
	cmd := &cobra.Command{
		Use:   "import --program SLUG --role mentor|mentee [--dry-run] [--skip-invalid] [--map COLUMN=FIELD]... FILE.csv",
		Short: "Import applicants from a CSV export of Google Forms, Microsoft Forms, LimeSurvey or a spreadsheet",
		Long: `Reads FILE.csv in any of UTF-8 (with or without BOM), UTF-16 and Windows-1252, separated by
commas, semicolons or tabs, and maps its headers (English, French or Swedish) to application
fields, as remembered from the programme's last import; --map corrects a column (FIELD "-"
leaves it out). Every row is checked first; problems are printed with their row and column in
--lang. Nothing is written while a row is invalid unless --skip-invalid is given; --dry-run
writes nothing. The import is one transaction: new people get an account and one e-mail
inviting them to confirm, and importing the same file again changes nothing. Bad input prints
one line and exits with status 2; invalid rows not skipped exit with status 1, dry run or not.`,
		Args:          cobra.ArbitraryArgs, // a wrong count is bad input, answered in one line below
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.terminal = isTerminal(os.Stderr)
			code, err := 0, errors.New("give one FILE.csv to import")
			if len(args) == 1 {
				code, err = runImport(app, cmd.OutOrStdout(), args[0], o)
			}
			if err != nil {
				fmt.Fprintln(matchStderr, "import: "+err.Error())
				code = 2
			}
			if code != 0 {
				exitProcess(code)
			}
			return nil
		},
	}
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		fmt.Fprintln(matchStderr, "import: "+err.Error())
		exitProcess(2)
		return err
	})
	cmd.Flags().StringVar(&o.slug, "program", "", "slug of the programme (required)")
	cmd.Flags().StringVar(&o.role, "role", "", "role the file's people apply in: mentor or mentee (required)")
	cmd.Flags().BoolVar(&o.dryRun, "dry-run", false, "check every row and write nothing")
	cmd.Flags().BoolVar(&o.skip, "skip-invalid", false, "import the valid rows when some are invalid")
	cmd.Flags().StringArrayVar(&o.corrections, "map", nil, "COLUMN=FIELD: the field of a column (repeatable); fields: "+strings.Join(csvimport.Fields, ", "))
	cmd.Flags().StringVar(&o.lang, "lang", i18n.Fallback, "language of the problems and summary: "+strings.Join(i18n.Locales, ", "))
	return cmd
}

// runImport checks the input, imports the file and prints the mapping's gaps, the problems
// and a one-line summary; code is 1 when invalid rows stop the import (or would).
func runImport(app core.App, out io.Writer, path string, o importOptions) (code int, err error) {
	switch {
	case o.slug == "":
		return 0, errors.New("--program SLUG is required")
	case o.role != kernel.RoleMentor && o.role != kernel.RoleMentee:
		return 0, fmt.Errorf("--role %q: choose mentor or mentee", o.role)
	case !slices.Contains(i18n.Locales, o.lang):
		return 0, fmt.Errorf("--lang %q: choose one of %s", o.lang, strings.Join(i18n.Locales, ", "))
	}
	program, err := app.FindFirstRecordByData(kernel.CollectionPrograms, "slug", o.slug)
	if err != nil {
		return 0, fmt.Errorf("no programme with slug %q", o.slug)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	table, err := csvimport.Read(data)
	if err != nil {
		return 0, fmt.Errorf("%s: %v", path, err)
	}
	mapping, _ := mentoring.ImportMapping(program, table.Header)
	if bad, ok := mentoring.ParseMapping(table.Header, mapping, o.corrections); !ok {
		return 0, fmt.Errorf("--map %q: give a column of the file and one of %s or -", bad, strings.Join(csvimport.Fields, ", "))
	}
	in := mentoring.ImportInput{Table: table, Role: o.role, Mapping: mapping, DryRun: o.dryRun, SkipInvalid: o.skip}
	if o.terminal && !o.dryRun {
		in.Progress = progressBar(matchStderr)
	}
	report, err := mentoring.Import(app, program, in)
	if err != nil {
		var refusal *kernel.Error
		if errors.As(err, &refusal) {
			return 0, errors.New(messages.Catalog.T(o.lang, refusal.Code, refusal.Args...))
		}
		return 0, err
	}
	printImport(out, o.lang, table, mapping, report, o.dryRun)
	if report.Invalid > 0 && !o.skip {
		return 1, nil
	}
	return 0, nil
}
