package matching

import (
	"encoding/binary"
	"fmt"
	"io"
	"unsafe"
)

// ReadMatrix reads the dense binary format of `match solve --matrix`:
// little-endian int32 n (mentees), int32 m (mentors), m capacities, then
// n × m scores mentee-major, −1 meaning forbidden. size is the file's length,
// checked against the header before anything large is allocated, so what
// reading and solving allocate grows with the file, not with the header's
// claims; a header with mentees but no mentors is refused for that reason.
// Errors give the byte offset.
func ReadMatrix(r io.Reader, size int64) (*Problem, error) {
	var head [8]byte
	if size >= 8 {
		if _, err := io.ReadFull(r, head[:]); err != nil {
			return nil, fmt.Errorf("matrix: byte 0: %w", err)
		}
	}
	n, m, err := matrixHeader(head[:], size)
	if err != nil {
		return nil, err
	}
	p := &Problem{Mentees: int(n), Capacity: make([]int32, m), Dense: make([]int32, n*m)}
	if err := readInt32s(r, p.Capacity, 8); err != nil {
		return nil, err
	}
	if err := readInt32s(r, p.Dense, 8+4*m); err != nil {
		return nil, err
	}
	return p, checkMatrix(p)
}

// matrixHeader reads n and m and checks the file size they imply.
func matrixHeader(head []byte, size int64) (n, m int64, err error) {
	if size < 8 {
		return 0, 0, fmt.Errorf("matrix: file is %d bytes, too short for the 8-byte header", size)
	}
	n, m = int64(int32(binary.LittleEndian.Uint32(head))), int64(int32(binary.LittleEndian.Uint32(head[4:])))
	if n < 0 || m < 0 {
		return 0, 0, fmt.Errorf("matrix: byte 0: negative size %d × %d", n, m)
	}
	if n > MaxPeople || m > MaxPeople {
		return 0, 0, fmt.Errorf("matrix: byte 0: size %d × %d, at most %d on each side", n, m, MaxPeople)
	}
	// With mentors, the scores take 4·m bytes per mentee, so the file's size bounds what the
	// reader and the solver allocate. Without mentors nothing does: an 8-byte header could ask
	// for 2^24 mentees and gigabytes of solver state, for a problem whose answer is empty.
	if m == 0 && n > 0 {
		return 0, 0, fmt.Errorf("matrix: byte 4: n = %d but m = 0: a matrix with mentees needs at least one mentor", n)
	}
	if want := 8 + 4*m + 4*n*m; size != want {
		return 0, 0, fmt.Errorf("matrix: file is %d bytes, expected 4+4+4·m+4·n·m = %d for n = %d, m = %d", size, want, n, m)
	}
	return n, m, nil
}

// checkMatrix reports the first negative capacity or score below −1.
func checkMatrix(p *Problem) error {
	m := int64(p.Mentors())
	for j, c := range p.Capacity {
		if c < 0 {
			return fmt.Errorf("matrix: byte %d: mentor %d has negative capacity %d", 8+4*j, j, c)
		}
	}
	// Blocks are checked by their minimum first: a branch-free pass, which
	// keeps checking a 200 MB matrix to a fraction of reading it.
	for lo := 0; lo < len(p.Dense); lo += 4096 {
		block := p.Dense[lo:min(lo+4096, len(p.Dense))]
		least := int32(0)
		for _, s := range block {
			least = min(least, s)
		}
		if least >= Forbidden {
			continue
		}
		for k, s := range block {
			if s < Forbidden {
				k += lo
				return fmt.Errorf("matrix: byte %d: score %d for mentee %d, mentor %d (must be ≥ 0, or −1 for forbidden)",
					8+4*m+4*int64(k), s, int64(k)/m, int64(k)%m)
			}
		}
	}
	return nil
}

// readInt32s fills dst straight from r (no second copy of a 200 MB matrix)
// and fixes the byte order on big-endian machines.
func readInt32s(r io.Reader, dst []int32, offset int64) error {
	if len(dst) == 0 {
		return nil
	}
	raw := unsafe.Slice((*byte)(unsafe.Pointer(&dst[0])), 4*len(dst))
	if got, err := io.ReadFull(r, raw); err != nil {
		return fmt.Errorf("matrix: byte %d: %w", offset+int64(got), err)
	}
	if !littleEndian {
		for k := range dst {
			dst[k] = int32(binary.LittleEndian.Uint32(raw[4*k:]))
		}
	}
	return nil
}

var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// WriteMatrix writes p (which must be dense) in the format ReadMatrix reads.
func WriteMatrix(w io.Writer, p *Problem) error {
	if p.Dense == nil {
		return fmt.Errorf("matrix: problem is not dense")
	}
	head := []int32{int32(p.Mentees), int32(p.Mentors())}
	for _, part := range [][]int32{head, p.Capacity, p.Dense} {
		if err := binary.Write(w, binary.LittleEndian, part); err != nil {
			return err
		}
	}
	return nil
}
