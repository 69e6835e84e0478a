//go:build !unix

package matching

import "os"

// OpenMatrix reads a matrix file with ReadMatrix; close does nothing.
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
	p, err = ReadMatrix(f, info.Size())
	return p, func() error { return nil }, err
}
