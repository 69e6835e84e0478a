package workspace

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/kernel"
)

// ExportKinds are the tables a programme's coordinators export, by the name the portal's
// address and the export command take.
var ExportKinds = []string{"applications", "pairs", "meetings", "evaluations", "events"}

// CodeUnknownExport is the refusal of an export kind that is not one of ExportKinds.
const CodeUnknownExport = "export.unknown"

// Table is an export: the header row in the reader's language and one row per record.
type Table struct {
	Header []string
	Rows   [][]string
}

// column is one column of an export: the catalog key of its header and its cell.
type column[T any] struct {
	key  string
	cell func(T) string
}

// Export returns the what table of program with its headers in lang: every record of the
// programme its coordinators may read through the REST API, one row each, with what the
// coordinators read of it. Private notes, account secrets and the pairs' shared meeting notes
// are never part of it. Dates are in the programme's time zone.
func Export(app core.App, program *core.Record, what, lang string) (Table, error) {
	e := exporter{app: app, program: program, lang: lang, zone: kernel.ProgramZone(program)}
	switch what {
	case "applications":
		return e.applications()
	case "pairs":
		return e.pairs()
	case "meetings":
		return e.meetings()
	case "evaluations":
		return e.evaluations()
	case "events":
		return e.events()
	}
	return Table{}, kernel.Refuse(CodeUnknownExport, "what", what, "kinds", strings.Join(ExportKinds, ", "))
}

// exporter holds what every table needs.
type exporter struct {
	app     core.App
	program *core.Record
	lang    string
	zone    *time.Location
}

// table builds a Table from records and columns.
func table[T any](e exporter, records []T, columns []column[T]) Table {
	t := Table{Header: make([]string, len(columns)), Rows: make([][]string, 0, len(records))}
	for i, c := range columns {
		t.Header[i] = messages.Catalog.T(e.lang, c.key)
	}
	for _, r := range records {
		row := make([]string, len(columns))
		for i, c := range columns {
			row[i] = c.cell(r)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// when writes a stored date in the programme's time zone, empty when there is none.
func (e exporter) when(d types.DateTime) string {
	if d.IsZero() {
		return ""
	}
	return d.Time().In(e.zone).Format("2006-01-02 15:04")
}

// whenText writes a date as the database stores it in the programme's time zone.
func (e exporter) whenText(stored string) string {
	d, err := types.ParseDateTime(stored)
	if err != nil {
		return ""
	}
	return e.when(d)
}

// yesNo is a boolean in the reader's language.
func (e exporter) yesNo(b bool) string {
	if b {
		return messages.Catalog.T(e.lang, "report.answer.yes")
	}
	return messages.Catalog.T(e.lang, "report.answer.no")
}

// events is the programme's events, cancelled ones too (their status says so), with how many
// are invited and how they answered, as the events page counts them.
func (e exporter) events() (Table, error) {
	records, err := e.app.FindAllRecords(kernel.CollectionEvents, dbx.HashExp{"program": e.program.Id})
	if err != nil {
		return Table{}, err
	}
	slices.SortFunc(records, func(a, b *core.Record) int {
		return strings.Compare(a.GetString("starts_at"), b.GetString("starts_at"))
	})
	counts, err := EventCounts(e.app, e.program, records)
	if err != nil {
		return Table{}, err
	}
	count := func(n func(EventCount) int) func(*core.Record) string {
		return func(r *core.Record) string { return fmt.Sprint(n(counts[r.Id])) }
	}
	return table(e, records, []column[*core.Record]{
		{"export.col.id", func(r *core.Record) string { return r.Id }},
		{"export.col.kind", func(r *core.Record) string { return e.word(eventKindWords, r.GetString("kind")) }},
		{"export.col.title", func(r *core.Record) string { return r.GetString("title") }},
		{"export.col.starts_at", func(r *core.Record) string { return e.when(r.GetDateTime("starts_at")) }},
		{"export.col.ends_at", func(r *core.Record) string { return e.when(r.GetDateTime("ends_at")) }},
		{"export.col.location", func(r *core.Record) string { return r.GetString("location") }},
		{"export.col.status", func(r *core.Record) string { return e.word(eventStatusWords, r.GetString("status")) }},
		{"events.form.audience", func(r *core.Record) string { return e.word(eventAudienceWords, EventAudience(r)) }},
		{"events.list.invited", count(func(c EventCount) int { return c.Invited })},
		{"events.list.coming", count(func(c EventCount) int { return c.Coming })},
		{"events.list.not_coming", count(func(c EventCount) int { return c.NotComing })},
		{"export.col.description", func(r *core.Record) string { return r.GetString("description") }},
	}), nil
}

// number writes an integer field, empty when it is zero and zero means "not given".
func number(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprint(n)
}
