package cli

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runMatch runs `match ARGS…` and returns stdout, stderr and the exit
// status the command asked for (0 when it returned normally).
func runMatch(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	status := 0
	exitProcess, matchStderr = func(code int) { status = code; panic(exitProcess) }, &stderr
	defer func() { exitProcess, matchStderr = os.Exit, os.Stderr }()
	cmd := newMatchCmd(nil)
	cmd.SetArgs(args)
	cmd.SetOut(&stdout)
	cmd.SetErr(&stderr)
	func() {
		defer func() {
			if r := recover(); r != nil && status == 0 {
				panic(r)
			}
		}()
		if err := cmd.Execute(); err != nil {
			status = 1
		}
	}()
	return stdout.String(), stderr.String(), status
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestMatchSolveJSON(t *testing.T) {
	path := writeFile(t, "p.json", []byte(`{"mentors": [{"id": "a", "capacity": 1}, {"id": "b", "capacity": 1}],
	 "mentees": [{"id": "x"}, {"id": "y"}, {"id": 3}],
	 "pairs": [{"mentee": "x", "mentor": "a", "score": 90}, {"mentee": "y", "mentor": "a", "score": 50},
	           {"mentee": "y", "mentor": "b", "score": 10}, {"mentee": 3, "mentor": "a", "score": 99}]}`))
	out, _, status := runMatch(t, "solve", path)
	// Two matches beat one whatever the scores (a alone would take 3 at 99);
	// among two-match answers, 3–a and y–b (109) beat x–a and y–b (100).
	want := `{"matched":2,"total":109,"pairs":[["y","b",10],[3,"a",99]],"unmatched":["x"],"unmatched_reasons":["seats_taken"],"optimal":true}` + "\n"
	if status != 0 || out != want {
		t.Fatalf("status %d, output\n%s\nwant\n%s", status, out, want)
	}
}

func TestMatchSolveMatrixWithTiming(t *testing.T) {
	var b bytes.Buffer
	binary.Write(&b, binary.LittleEndian, []int32{2, 2, 1, 1, 7, 3, 8, -1})
	path := writeFile(t, "p.bin", b.Bytes())
	out, errOut, status := runMatch(t, "solve", "--matrix", "--timing", path)
	want := `{"matched":2,"total":11,"pairs":[[0,1,3],[1,0,8]],"unmatched":[],"unmatched_reasons":[],"optimal":true}` + "\n"
	if status != 0 || out != want || !strings.Contains(errOut, "solve ") || !strings.Contains(errOut, "peak memory") {
		t.Fatalf("status %d, output %s, stderr %s", status, out, errOut)
	}
}

func TestMatchSolveBadFilesExitWithStatus2(t *testing.T) {
	var b bytes.Buffer
	binary.Write(&b, binary.LittleEndian, []int32{2, 2, 1, 1, 7})
	matrix := writeFile(t, "short.bin", b.Bytes())
	b.Reset()
	binary.Write(&b, binary.LittleEndian, []int32{1 << 24, 0})
	noMentors := writeFile(t, "no-mentors.bin", b.Bytes())
	badJSON := writeFile(t, "bad.json", []byte(`{"mentees": [{"id": "x"}, {"name": "y"}]}`))
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"solve", "--matrix", matrix}, matrix + ": matrix: file is 20 bytes, expected 4+4+4·m+4·n·m = 32 for n = 2, m = 2\n"},
		{[]string{"solve", "--matrix", noMentors}, noMentors + ": matrix: byte 4: n = 16777216 but m = 0: a matrix with mentees needs at least one mentor\n"},
		{[]string{"solve", badJSON}, badJSON + ": mentees[1].id: missing\n"},
		{[]string{"score", "--mentees", badJSON, "--mentors", badJSON}, badJSON + ": byte 1: top level: got object, want array\n"},
	} {
		out, errOut, status := runMatch(t, c.args...)
		if status != 2 || errOut != c.want || out != "" {
			t.Errorf("%v: status %d, stderr %q, want 2 and %q", c.args, status, errOut, c.want)
		}
	}
}

func TestMatchScoreExplainsPairs(t *testing.T) {
	mentees := writeFile(t, "mentees.json", []byte(`[{"id": "e1", "development_areas": ["t1", "t2"], "area": "Lille"}]`))
	mentors := writeFile(t, "mentors.json", []byte(`[{"id": "r1", "skills": ["t1"], "area": "Lille"}, {"id": "r2", "area": "Paris"}]`))
	criteria := writeFile(t, "criteria.json", []byte(`{"weights": {"development_areas": 1, "area": 1}, "must": ["area"]}`))
	out, _, status := runMatch(t, "score", "--mentees", mentees, "--mentors", mentors, "--criteria", criteria)
	want := `[
{"mentee":"e1","mentor":"r1","score":75,"forbidden":false,"explanation":[` +
		`{"criterion":"development_areas","shared":["t1"],"matched":1,"of":2,"similarity":0.5,"weight":1,"points":25,"mentee":["t1","t2"],"mentor":["t1"]},` +
		`{"criterion":"area","shared":["Lille"],"matched":1,"of":1,"similarity":1,"weight":1,"points":50,"must":true,"mentee":["Lille"],"mentor":["Lille"]}]},
{"mentee":"e1","mentor":"r2","score":0,"forbidden":true,"failed_must":["area"],"explanation":[` +
		`{"criterion":"development_areas","shared":[],"matched":0,"of":2,"similarity":0,"weight":1,"points":0,"mentee":["t1","t2"]},` +
		`{"criterion":"area","shared":[],"matched":0,"of":1,"similarity":0,"weight":1,"points":0,"must":true,"mentee":["Lille"],"mentor":["Paris"]}]}
]
`
	if status != 0 || out != want {
		t.Fatalf("status %d, output\n%s\nwant\n%s", status, out, want)
	}
}
