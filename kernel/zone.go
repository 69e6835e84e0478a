package kernel

import (
	"fmt"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// LocalTime formats t in the programme's zone as "2006-01-02 15:04 (Europe/Paris)": the zone
// is always named so nobody has to guess whose clock a meeting follows.
func LocalTime(t time.Time, timezone string) string {
	loc := ZoneNamed(timezone)
	return fmt.Sprintf("%s (%s)", t.In(loc).Format("2006-01-02 15:04"), loc)
}

// ProgramZone is the programme's time zone, UTC when it is unknown: dates and times read as
// the programme's people live them.
func ProgramZone(program *core.Record) *time.Location {
	return ZoneNamed(program.GetString("timezone"))
}

// ZoneNamed is the IANA zone name, UTC when it is unknown.
func ZoneNamed(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		return time.UTC
	}
	return loc
}
