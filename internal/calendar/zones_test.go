package calendar

import (
	"archive/zip"
	"io/fs"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// zoneNames lists every IANA zone Go knows: the names in Go's own zoneinfo.zip, or else those
// under /usr/share/zoneinfo. Without either the test is skipped: it is about every zone.
func zoneNames(t testing.TB) []string {
	t.Helper()
	var names []string
	if root, err := exec.Command("go", "env", "GOROOT").Output(); err == nil {
		if z, err := zip.OpenReader(filepath.Join(strings.TrimSpace(string(root)), "lib", "time", "zoneinfo.zip")); err == nil {
			for _, f := range z.File {
				names = append(names, f.Name)
			}
			z.Close()
		}
	}
	if len(names) == 0 {
		const dir = "/usr/share/zoneinfo"
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			name := strings.TrimPrefix(path, dir+"/")
			if err == nil && d.Type().IsRegular() && name[0] >= 'A' && name[0] <= 'Z' {
				names = append(names, name)
			}
			return nil
		})
	}
	var zones []string
	for _, name := range names {
		if _, err := time.LoadLocation(name); err == nil && !strings.HasSuffix(name, "/") {
			zones = append(zones, name)
		}
	}
	if len(zones) == 0 {
		t.Skip("no time zone database: neither $GOROOT/lib/time/zoneinfo.zip nor /usr/share/zoneinfo")
	}
	sort.Strings(zones)
	return zones
}

// sampleYears spreads the years a VTIMEZONE can describe: every 7th from 1970, each year
// around 2038 where Go's tables end and its rules begin, and the last ones.
func sampleYears() []int {
	var years []int
	for y := firstScannedYear; y < lastScannedYear; y += 7 {
		years = append(years, y)
	}
	for y := 2036; y <= 2045; y++ {
		years = append(years, y)
	}
	return append(years, lastScannedYear-1, lastScannedYear)
}
