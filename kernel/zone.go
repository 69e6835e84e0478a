package kernel

import (
	"fmt"
	"sync"
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

// zones keeps each zone ZoneNamed loaded, by name: time.LoadLocation reads and parses the
// zone's file every time, and a list converts every date it shows (the coordinators' pairs
// list, 50 pairs and their meetings, spent a tenth of its time there at 20,000 participants).
// Only real zone names are kept, so it holds at most the few hundred of the zone database.
var zones sync.Map

// ZoneNamed is the IANA zone name, UTC when it is unknown.
func ZoneNamed(name string) *time.Location {
	if loc, ok := zones.Load(name); ok {
		return loc.(*time.Location)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return time.UTC
	}
	zones.Store(name, loc)
	return loc
}
