package mentoring

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

// TestProgramAreasSeeAChange: the areas kept for a programme are not used once it holds
// other areas or labels, whoever changed them.
func TestProgramAreasSeeAChange(t *testing.T) {
	programs := core.NewBaseCollection("programs")
	programs.Fields.Add(&core.JSONField{Name: "areas"}, &core.JSONField{Name: "area_labels"})
	program := core.NewRecord(programs)
	program.Id = "memoprogram0001"
	program.Set("areas", []string{"Norr", "Syd"})
	program.Set("area_labels", map[string]map[string]string{"Norr": {"en": "North"}})
	if got, _ := AreaLabel(program, "Norr", "en"); got != "North" {
		t.Fatalf("first reading: %q, want North", got)
	}
	program.Set("area_labels", map[string]map[string]string{"Norr": {"en": "The North"}})
	if got, _ := AreaLabel(program, "Norr", "en"); got != "The North" {
		t.Fatalf("after the labels changed: %q, want The North", got)
	}
	program.Set("areas", []string{"Syd"})
	if got := ProgramAreas(program); len(got) != 1 || got[0].Key != "Syd" {
		t.Fatalf("after the areas changed: %v, want Syd alone", got)
	}
	areas := ProgramAreas(program)
	areas[0].Key = "changed by a caller"
	if got := ProgramAreas(program); got[0].Key != "Syd" {
		t.Fatalf("a caller's change reached the next reading: %v", got)
	}
}
