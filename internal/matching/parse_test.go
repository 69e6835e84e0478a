package matching

import (
	"bytes"
	"encoding/binary"
	"os"
	"strings"
	"testing"
)

const goodJSON = `{"mentors": [{"id": "a", "capacity": 2}, {"id": 7, "capacity": 0}],
 "mentees": [{"id": "x"}, {"id": "y"}],
 "pairs": [{"mentee": "x", "mentor": "a", "score": 80}, {"mentee": "y", "mentor": 7, "score": 5}],
 "locked": [{"mentee": "x", "mentor": "a"}]}`

func TestParseJSON(t *testing.T) {
	in, err := ParseJSON([]byte(goodJSON))
	if err != nil {
		t.Fatal(err)
	}
	p := in.Problem
	if p.Mentees != 2 || p.Mentors() != 2 || len(p.Sparse) != 2 || p.Sparse[1] != (Arc{1, 1, 5}) ||
		len(p.Locked) != 1 || string(in.MentorIDs[1]) != "7" {
		t.Fatalf("parsed %+v", in)
	}
}

func TestParseJSONErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"mentees": [{"id": "x"}, {}]}`, "mentees[1].id: missing"},
		{`{"mentees": [{"id": "x"}, {"id": "x"}]}`, `mentees[1].id: duplicate id "x"`},
		{`{"mentors": [{"id": "a"}]}`, "mentors[0].capacity: missing"},
		{`{"mentors": [{"id": "a", "capacity": -1}]}`, "mentors[0].capacity: -1 is negative"},
		{`{"mentors": [{"id": true, "capacity": 1}]}`, "mentors[0].id: must be a string or a number"},
		{`{"mentees": [{"id": "x"}], "pairs": [{"mentee": "x", "mentor": "b", "score": 1}]}`, `pairs[0].mentor: unknown mentor "b"`},
		{`{"mentees": [{"id": "x"}], "mentors": [{"id": "a", "capacity": 1}], "pairs": [{"mentee": "x", "mentor": "a"}]}`, "pairs[0].score: missing"},
		{`{"mentees": [{"id": "x"}], "mentors": [{"id": "a", "capacity": 1}], "pairs": [{"mentee": "x", "mentor": "a", "score": 1}, {"mentee": "x", "mentor": "a", "score": 2}]}`, "pairs[1]: pair listed twice"},
		{`{"mentees": [{"id": "x"}], "mentors": [{"id": "a", "capacity": 1}], "excluded": [{"mentee": "z", "mentor": "a"}]}`, `excluded[0].mentee: unknown mentee "z"`},
		{`{"mentors": [{"id": "a", "capacity": "2"}]}`, "byte 40: mentors.capacity: got string, want number"},
		{`{"mentors": [`, "byte 13: unexpected end of JSON input"},
	} {
		_, err := ParseJSON([]byte(c.in))
		if err == nil || err.Error() != c.want {
			t.Errorf("%s: error %v, want %q", c.in, err, c.want)
		}
	}
}

func matrixBytes(n, m int32, caps []int32, scores []int32) []byte {
	var b bytes.Buffer
	for _, part := range [][]int32{{n, m}, caps, scores} {
		binary.Write(&b, binary.LittleEndian, part)
	}
	return b.Bytes()
}

func TestReadMatrix(t *testing.T) {
	data := matrixBytes(2, 3, []int32{1, 0, 2}, []int32{5, -1, 7, 0, 100, -1})
	p, err := ReadMatrix(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if p.Mentees != 2 || p.Capacity[2] != 2 || p.Dense[1] != Forbidden || p.Dense[4] != 100 {
		t.Fatalf("read %+v", p)
	}
	var back bytes.Buffer
	if err := WriteMatrix(&back, p); err != nil || !bytes.Equal(back.Bytes(), data) {
		t.Fatalf("round trip: %v", err)
	}
}

func TestReadMatrixErrors(t *testing.T) {
	for _, c := range []struct {
		data []byte
		want string
	}{
		{[]byte{1, 0, 0}, "matrix: file is 3 bytes, too short for the 8-byte header"},
		{matrixBytes(2, 3, []int32{1, 0, 2}, []int32{5}), "matrix: file is 24 bytes, expected 4+4+4·m+4·n·m = 44 for n = 2, m = 3"},
		{matrixBytes(-1, 3, nil, nil), "matrix: byte 0: negative size -1 × 3"},
		{matrixBytes(1, 2, []int32{1, -4}, []int32{0, 0}), "matrix: byte 12: mentor 1 has negative capacity -4"},
		{matrixBytes(1, 2, []int32{1, 1}, []int32{0, -2}), "matrix: byte 20: score -2 for mentee 0, mentor 1 (must be ≥ 0, or −1 for forbidden)"},
	} {
		_, err := ReadMatrix(bytes.NewReader(c.data), int64(len(c.data)))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want %q", err, c.want)
		}
	}
}

func FuzzParseJSON(f *testing.F) {
	f.Add([]byte(goodJSON))
	f.Add([]byte(`{"mentors": [{"id": 1, "capacity": 1}], "mentees": [{"id": 2}], "excluded": [{"mentee": 2, "mentor": 1}]}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := ParseJSON(data)
		if err != nil {
			return
		}
		sol, err := Solve(in.Problem)
		if err != nil {
			return // locked pairs that cannot hold are reported by Validate
		}
		if !sol.Optimal || sol.Matched+len(sol.Unmatched) != in.Problem.Mentees {
			t.Fatalf("bad solution %+v", sol)
		}
	})
}

func FuzzParseMatrix(f *testing.F) {
	f.Add(matrixBytes(2, 3, []int32{1, 0, 2}, []int32{5, -1, 7, 0, 100, -1}))
	f.Add(matrixBytes(0, 0, nil, nil))
	f.Add(matrixBytes(1, 1, []int32{1}, []int32{-2}))
	f.Add([]byte{0xff, 0xff, 0xff, 0x7f, 0xff, 0xff, 0xff, 0x7f})
	f.Add(matrixBytes(1<<24, 0, nil, nil)) // once took 20 s and 3 GB to solve
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ReadMatrix(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return
		}
		sol, err := Solve(p)
		if err != nil || !sol.Optimal {
			t.Fatalf("valid matrix %v failed: %v", data, err)
		}
	})
}

func TestOpenMatrix(t *testing.T) {
	dir := t.TempDir()
	good := dir + "/good.bin"
	os.WriteFile(good, matrixBytes(2, 3, []int32{1, 0, 2}, []int32{5, -1, 7, 0, 100, -1}), 0o600)
	p, closeMap, err := OpenMatrix(good)
	if err != nil {
		t.Fatal(err)
	}
	sol, err := Solve(p)
	if err != nil || sol.Matched != 2 || sol.Total != 7 {
		t.Fatalf("solve mapped matrix: %+v, %v", sol, err)
	}
	if err := closeMap(); err != nil {
		t.Fatal(err)
	}
	bad := dir + "/bad.bin"
	os.WriteFile(bad, matrixBytes(1, 2, []int32{1, 1}, []int32{0, -2}), 0o600)
	if _, _, err := OpenMatrix(bad); err == nil || !strings.Contains(err.Error(), "matrix: byte 20: score -2") {
		t.Fatalf("bad matrix: %v", err)
	}
}
