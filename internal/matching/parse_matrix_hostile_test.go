package matching

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// hostileMatrices are files whose header asks for far more than the file holds, each with
// the error it must get.
var hostileMatrices = []struct {
	name string
	data []byte
	want string
}{
	{"2^24 mentees, no mentors", matrixBytes(1<<24, 0, nil, nil), "n = 16777216 but m = 0: a matrix with mentees needs at least one mentor"},
	{"one mentee, no mentors", matrixBytes(1, 0, nil, nil), "n = 1 but m = 0"},
	{"largest int32 sizes", matrixBytes(1<<31-1, 1<<31-1, nil, nil), "at most 16777216 on each side"},
	{"2^24 × 2^24 in 8 bytes", matrixBytes(1<<24, 1<<24, nil, nil), "expected 4+4+4·m+4·n·m = 1125899973951496"},
	{"no mentees, 2^24 mentors", matrixBytes(0, 1<<24, nil, nil), "expected 4+4+4·m+4·n·m = 67108872"},
	{"negative mentors", matrixBytes(3, -1, nil, nil), "negative size 3 × -1"},
	{"size of a smaller matrix", matrixBytes(1000, 1000, []int32{1}, []int32{0}), "file is 16 bytes"},
}

// allocatedBy returns how many bytes f allocates on the heap.
func allocatedBy(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// hostileAllocLimit is far below anything proportional to a hostile header's sizes, and far
// above the few small values an error message takes.
const hostileAllocLimit = 64 << 10

func TestReadMatrixRejectsHostileHeadersBeforeAllocating(t *testing.T) {
	for _, c := range hostileMatrices {
		t.Run(c.name, func(t *testing.T) {
			var err error
			allocated := allocatedBy(func() {
				_, err = ReadMatrix(bytes.NewReader(c.data), int64(len(c.data)))
			})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want %q", err, c.want)
			}
			if allocated > hostileAllocLimit {
				t.Errorf("rejecting it allocated %d bytes", allocated)
			}
		})
	}
}

func TestOpenMatrixRejectsHostileHeadersBeforeAllocating(t *testing.T) {
	dir := t.TempDir()
	for k, c := range hostileMatrices {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, string(rune('a'+k))+".bin")
			if err := os.WriteFile(path, c.data, 0o600); err != nil {
				t.Fatal(err)
			}
			var err error
			allocated := allocatedBy(func() { _, _, err = OpenMatrix(path) })
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want %q", err, c.want)
			}
			if allocated > hostileAllocLimit {
				t.Errorf("rejecting it allocated %d bytes", allocated)
			}
		})
	}
}

func TestReadMatrixAcceptsTheEmptyProblem(t *testing.T) {
	data := matrixBytes(0, 0, nil, nil)
	p, err := ReadMatrix(bytes.NewReader(data), int64(len(data)))
	if err != nil || p.Mentees != 0 || p.Mentors() != 0 {
		t.Fatalf("empty matrix: %+v, %v", p, err)
	}
}
