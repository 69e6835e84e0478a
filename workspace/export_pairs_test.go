package workspace_test

import (
	"slices"
	"testing"

	"github.com/mentorbase/mentorbase/workspace"
)

// The pairs export counts, per pair, the meetings held and the minutes recorded on them, and
// leaves out cancelled meetings: in the report's world the ongoing pair held two (60 + 30 min,
// a third cancelled), the pair that ended normally one of 45 min, the others none.
func TestThePairsExportCountsHeldMeetingsOnly(t *testing.T) {
	app, program := reportWorld(t)
	table, err := workspace.Export(app, program, "pairs", "en")
	if err != nil {
		t.Fatal(err)
	}
	held, minutes := slices.Index(table.Header, "Meetings held"), slices.Index(table.Header, "Minutes spent")
	if held < 0 || minutes < 0 {
		t.Fatalf("no meetings columns in %q", table.Header)
	}
	var got []string
	for _, row := range table.Rows {
		got = append(got, row[held]+"/"+row[minutes])
	}
	slices.Sort(got)
	if want := []string{"0/0", "0/0", "1/45", "2/90"}; !slices.Equal(got, want) {
		t.Errorf("held/minutes per pair %q, want %q", got, want)
	}
}
