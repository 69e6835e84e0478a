package kernel

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

// SortRecords orders as SQLite's ORDER BY over the stored text: empty first when ascending,
// the next field breaking ties, "-" descending, and records equal on every field kept in
// the order they were read.
func TestSortRecordsOrdersAsOrderByDid(t *testing.T) {
	collection := core.NewBaseCollection("sorted")
	collection.Fields.Add(&core.TextField{Name: "name"}, &core.TextField{Name: "done"}, &core.TextField{Name: "due"})
	var records []*core.Record
	for _, r := range [][3]string{{"a", "2026-01-02", ""}, {"b", "", "2026-03-01"}, {"c", "", ""},
		{"d", "2026-01-01", "2026-01-01"}, {"e", "", "2026-03-01"}, {"f", "", "2026-02-01"}} {
		record := core.NewRecord(collection)
		record.Set("name", r[0])
		record.Set("done", r[1])
		record.Set("due", r[2])
		records = append(records, record)
	}
	names := func() (s string) {
		for _, r := range records {
			s += r.GetString("name")
		}
		return s
	}
	SortRecords(records, "done", "due")
	if got := names(); got != "cfbeda" {
		t.Errorf("done, due: %s, want cfbeda", got)
	}
	SortRecords(records, "-due")
	if got := names(); got != "befdca" {
		t.Errorf("-due: %s, want befdca", got)
	}
}
