package pb_migrations_test

import (
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
)

// Every date field an admin sees in the dashboard says, in its help, that it is in UTC: the
// dashboard shows and takes UTC while the portal shows the programme's clock.
func TestEveryDateFieldSaysItIsInUTC(t *testing.T) {
	app := apptest.New(t) // a new database with every migration applied
	collections, err := app.FindAllCollections()
	if err != nil {
		t.Fatal(err)
	}
	dates := 0
	for _, c := range collections {
		for _, f := range c.Fields {
			if date, ok := f.(*core.DateField); ok && !c.System {
				dates++
				if !strings.Contains(date.Help, "UTC") {
					t.Errorf("%s.%s: help %q does not say UTC", c.Name, date.Name, date.Help)
				}
			}
		}
	}
	if dates < 20 {
		t.Errorf("only %d date fields found", dates)
	}
}
