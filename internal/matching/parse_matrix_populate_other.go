//go:build unix && !linux

package matching

// mapPopulate is Linux only; elsewhere pages are mapped on first touch.
const mapPopulate = 0
