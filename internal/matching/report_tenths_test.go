package matching

import (
	"slices"
	"testing"
)

// The tenths shown to a coordinator hold only the scores they name: the top tenth includes the
// top of the scale, empty tenths are left out, highest first.
func TestTenthsNameTheirScores(t *testing.T) {
	for _, c := range []struct {
		name  string
		dist  [10]int
		scale int
		want  []Tenth
	}{
		{"none", [10]int{}, 100, nil},
		{"top and bottom", [10]int{0: 2, 9: 3}, 100, []Tenth{{90, 100, 3}, {0, 9, 2}}},
		{"middle", [10]int{4: 1, 5: 7}, 100, []Tenth{{50, 59, 7}, {40, 49, 1}}},
		{"fine scale", [10]int{9: 1}, 1000000, []Tenth{{900000, 1000000, 1}}},
	} {
		if got := (Report{Distribution: c.dist}).Tenths(c.scale); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
