//go:build unix

package matching

import (
	"os"
	"syscall"
	"unsafe"
)

// OpenMatrix reads a matrix file like ReadMatrix, but on little-endian
// machines maps it into memory instead of copying it: pages come straight
// from the file cache, which on a 200 MB matrix saves most of the reading
// time and the copy's memory. close releases the mapping; p must not be
// used after it.
func OpenMatrix(path string) (p *Problem, close func() error, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	size := info.Size()
	if !littleEndian || size < 8 || size > 1<<46 {
		p, err := ReadMatrix(f, size)
		return p, func() error { return nil }, err
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_PRIVATE|mapPopulate)
	if err != nil {
		return nil, nil, err
	}
	unmap := func() error { return syscall.Munmap(data) }
	n, m, err := matrixHeader(data, size)
	if err != nil {
		unmap()
		return nil, nil, err
	}
	words := unsafe.Slice((*int32)(unsafe.Pointer(&data[0])), size/4)
	p = &Problem{Mentees: int(n), Capacity: words[2 : 2+m], Dense: words[2+m:]}
	if err := checkMatrix(p); err != nil {
		unmap()
		return nil, nil, err
	}
	return p, unmap, nil
}
