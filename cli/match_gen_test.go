package cli

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// match gen writes every family on the scale --max-score asks for, in a file match solve
// reads: the header has the sizes and seats asked for, the scores stay in 0..S and reach its
// upper half, and a sparse instance forbids pairs.
func TestMatchGenWritesEveryFamilyOnItsScale(t *testing.T) {
	dir := t.TempDir()
	for _, kind := range []string{"uniform", "popular", "popular9", "sparse", "clustered"} {
		for _, scale := range []int32{100, 10000, 1000000} {
			path := filepath.Join(dir, fmt.Sprintf("%s-%d.bin", kind, scale))
			if _, errOut, status := runMatch(t, "gen", path, "--kind", kind, "--max-score", fmt.Sprint(scale),
				"--mentees", "40", "--mentors", "20", "--capacity", "3", "--seed", "2"); status != 0 {
				t.Fatalf("%s 0–%d: status %d, %s", kind, scale, status, errOut)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			words := make([]int32, len(data)/4)
			if _, err := binary.Decode(data, binary.LittleEndian, words); err != nil {
				t.Fatal(err)
			}
			if words[0] != 40 || words[1] != 20 || slices.ContainsFunc(words[2:22], func(c int32) bool { return c != 3 }) {
				t.Fatalf("%s 0–%d: header %v", kind, scale, words[:22])
			}
			scores := words[22:]
			if top := slices.Max(scores); top > scale || top <= scale/2 || slices.Min(scores) < -1 ||
				(kind == "sparse") != slices.Contains(scores, -1) {
				t.Errorf("%s 0–%d: scores from %d to %d", kind, scale, slices.Min(scores), top)
			}
			if out, errOut, status := runMatch(t, "solve", "--matrix", path); status != 0 || !strings.Contains(out, `"optimal":true`) {
				t.Errorf("%s 0–%d: solve status %d, %s %s", kind, scale, status, out, errOut)
			}
		}
	}
}

// match gen --profiles writes the three files match solve --mentees reads.
func TestMatchGenProfilesSolve(t *testing.T) {
	prefix := filepath.Join(t.TempDir(), "n")
	if _, errOut, status := runMatch(t, "gen", "--profiles", prefix, "--mentees", "60", "--mentors", "30", "--areas", "3"); status != 0 {
		t.Fatalf("status %d, %s", status, errOut)
	}
	out, errOut, status := runMatch(t, "solve", "--mentees", prefix+"-mentees.json", "--mentors", prefix+"-mentors.json",
		"--criteria", prefix+"-criteria.json")
	if status != 0 || !strings.Contains(out, `"optimal":true`) || strings.Contains(out, `"matched":0,`) {
		t.Fatalf("status %d, %s %s", status, out, errOut)
	}
}
