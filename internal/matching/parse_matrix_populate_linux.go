//go:build linux

package matching

import "syscall"

// mapPopulate asks Linux to map every page of the matrix up front, in one
// call, instead of taking one page fault per 4 KB on first touch.
const mapPopulate = syscall.MAP_POPULATE
