package mentoring

import (
	"slices"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/csvimport"
	"github.com/mentorbase/mentorbase/kernel"
)

// ImportInput is what a coordinator imports: a table read from a form tool's CSV export, the
// role its people apply in, and how its columns map to fields (one entry per column: a
// field of csvimport.Fields, csvimport.Ignore, or "" for a column not understood, which is
// not imported either; ImportMapping proposes it).
type ImportInput struct {
	Table   *csvimport.Table
	Role    string
	Mapping []string
	// DryRun checks every row and writes nothing; SkipInvalid imports the valid rows when
	// some are not, instead of nothing.
	DryRun, SkipInvalid bool
	// Progress, when set, is told after each row written.
	Progress func(done, total int)
}

// ImportProblem is what is wrong with one cell: its row number as a spreadsheet shows it,
// its column's header, a catalog key with its arguments, and whether it is only a warning
// (an unknown choice, left out) or makes the row invalid.
type ImportProblem struct {
	Row     int
	Column  string
	Code    string
	Args    []any
	Warning bool
}

// ImportReport says what an import did, or would do in a dry run: rows read, applications
// created, updated and unchanged, invalid rows skipped, accounts created, and every problem.
type ImportReport struct {
	Rows, Created, Updated, Unchanged, Invalid, Skipped, NewAccounts int
	Problems                                                         []ImportProblem
	// Written is false when nothing was saved: a dry run, or invalid rows not skipped.
	Written bool
}

// Import codes: the catalog keys of its refusals and problems.
const (
	CodeImportNoEmail      = "intake.error.no_email"
	CodeImportNoName       = "intake.error.no_name"
	CodeImportRole         = "intake.error.role"
	CodeImportEmailMissing = "intake.problem.email_missing"
	CodeImportEmailInvalid = "intake.problem.email_invalid"
	CodeImportNameMissing  = "intake.problem.name_missing"
	CodeImportDuplicate    = "intake.problem.duplicate"
	CodeImportNumber       = "intake.problem.number"
	CodeImportYesNo        = "intake.problem.yes_no"
	CodeImportTooLong      = "intake.problem.too_long"
	CodeImportArea         = "intake.problem.area"
	CodeImportOtherRole    = "intake.problem.other_role"
	CodeImportUnknown      = "intake.problem.unknown_choice"
	CodeImportPhone        = "intake.problem.phone"
	CodeImportTooMany      = "intake.problem.too_many"
)

// ImportMapping proposes the field of each column of header: what the programme's
// coordinators chose for a column of that name last time, else csvimport.Guess. lang is the
// language most headers are written in ("" when undecided), which new accounts are written
// to when the file does not say.
func ImportMapping(program *core.Record, header []string) (mapping []string, lang string) {
	remembered := map[string]string{}
	_ = program.UnmarshalJSONField("import_mapping", &remembered)
	votes := map[string]int{}
	mapping = make([]string, len(header))
	for i, h := range header {
		field, l := csvimport.Guess(h)
		if f, ok := remembered[csvimport.Normalize(h)]; ok {
			field = f
		}
		mapping[i] = field
		votes[l]++
	}
	delete(votes, "")
	for l, n := range votes {
		if n > votes[lang] || n == votes[lang] && l < lang {
			lang = l
		}
	}
	return mapping, lang
}

// Import checks every row of in.Table against program's application form for in.Role and,
// unless it is a dry run or a row is invalid and in.SkipInvalid is false, saves them in one
// transaction: a person not yet known gets an account (and, from the record hook, one letter
// inviting them to set a password and confirm: MailApplicationChanged), and their application
// waits as imported; a known person's application in the same role is updated, only where an
// answer changed, so importing a file again changes nothing. The mapping used is remembered
// for the programme's next import.
func Import(app core.App, program *core.Record, in ImportInput) (ImportReport, error) {
	if in.Role != kernel.RoleMentor && in.Role != kernel.RoleMentee {
		return ImportReport{}, kernel.RefuseField("role", CodeImportRole)
	}
	if !slices.Contains(in.Mapping, "email") {
		return ImportReport{}, kernel.RefuseField("mapping", CodeImportNoEmail)
	}
	if !slices.Contains(in.Mapping, "name") && !slices.Contains(in.Mapping, "first_name") && !slices.Contains(in.Mapping, "last_name") {
		return ImportReport{}, kernel.RefuseField("mapping", CodeImportNoName)
	}
	_, lang := ImportMapping(program, in.Table.Header)
	reader, err := newRowReader(app, program, in, lang)
	if err != nil {
		return ImportReport{}, err
	}
	rows := reader.readAll()
	report := reader.report(rows)
	if in.DryRun || report.Invalid > 0 && !in.SkipInvalid {
		return report, nil
	}
	err = app.RunInTransaction(func(tx core.App) error {
		if err := rememberMapping(tx, program, in.Table.Header, in.Mapping); err != nil {
			return err
		}
		return writeRows(tx, program, in, rows)
	})
	report.Written = err == nil
	return report, err
}

// rememberMapping stores the mapping of header on the programme, so that its next export
// (the same form, a year later) opens mapped as the coordinators corrected it.
func rememberMapping(app core.App, program *core.Record, header, mapping []string) error {
	remembered := map[string]string{}
	_ = program.UnmarshalJSONField("import_mapping", &remembered)
	changed := false
	for i, h := range header {
		key := csvimport.Normalize(h)
		if key != "" && i < len(mapping) && remembered[key] != mapping[i] {
			remembered[key], changed = mapping[i], true
		}
	}
	if !changed {
		return nil
	}
	fresh, err := app.FindRecordById(kernel.CollectionPrograms, program.Id)
	if err != nil {
		return err
	}
	fresh.Set("import_mapping", remembered)
	return app.Save(fresh)
}

// ParseMapping reads --map style corrections, "column=field", where column is a header as the
// file writes it (or its number from 1) and field one of csvimport.Fields or
// csvimport.Ignore, into mapping. It returns the first correction it cannot apply.
func ParseMapping(header, mapping []string, corrections []string) (string, bool) {
	for _, c := range corrections {
		column, field, ok := strings.Cut(c, "=")
		column, field = strings.TrimSpace(column), strings.TrimSpace(field)
		if !ok || field != csvimport.Ignore && !slices.Contains(csvimport.Fields, field) {
			return c, false
		}
		i := slices.IndexFunc(header, func(h string) bool { return csvimport.Normalize(h) == csvimport.Normalize(column) })
		if i < 0 {
			return c, false
		}
		mapping[i] = field
	}
	return "", true
}
