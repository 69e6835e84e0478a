package cli

import (
	"fmt"
	"io"
	"os"
	"strings"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/csvimport"
	"github.com/mentorbase/mentorbase/mentoring"
)

// printImport writes the columns left out for not being understood, each problem on a line
// ("row 4, Adresse e-mail: …"), and the summary line, in lang.
func printImport(out io.Writer, lang string, table *csvimport.Table, mapping []string, r mentoring.ImportReport, dryRun bool) {
	t := func(key string, args ...any) string { return messages.Catalog.T(lang, key, args...) }
	for i, field := range mapping {
		if field == "" {
			fmt.Fprintf(out, "%s: %s\n", table.Header[i], t("intake.field.unknown"))
		}
	}
	for _, p := range r.Problems {
		line := t("intake.problem_line", "row", p.Row, "column", p.Column, "problem", t(p.Code, p.Args...))
		if p.Warning {
			line += " " + t("intake.warning")
		}
		fmt.Fprintln(out, line)
	}
	counts := []any{"rows", r.Rows, "created", r.Created, "accounts", r.NewAccounts, "updated", r.Updated,
		"unchanged", r.Unchanged, "invalid", r.Invalid, "skipped", r.Skipped}
	switch {
	case r.Written && r.Created+r.Updated == 0:
		fmt.Fprintln(out, t("intake.nothing_changed"))
	case r.Written:
		fmt.Fprintln(out, t("intake.done", counts...))
	case r.Invalid > 0 && r.Skipped == 0 && !dryRun:
		fmt.Fprintln(out, t("intake.summary", counts...))
		fmt.Fprintln(out, t("intake.blocked", counts...))
	default:
		fmt.Fprintln(out, t("intake.summary", counts...))
	}
}

// progressBar draws the rows written so far on w, a terminal, in place.
func progressBar(w io.Writer) func(done, total int) {
	return func(done, total int) {
		if done%100 != 0 && done != total {
			return
		}
		width := 40
		filled := width * done / max(total, 1)
		fmt.Fprintf(w, "\r[%s%s] %d/%d", strings.Repeat("#", filled), strings.Repeat(" ", width-filled), done, total)
		if done == total {
			fmt.Fprintln(w)
		}
	}
}

// isTerminal reports whether f is a terminal, where a progress bar can redraw itself.
func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
