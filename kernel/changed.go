package kernel

import (
	"fmt"

	"github.com/pocketbase/pocketbase/core"
)

// CodeSetByPortal refuses a member writing, through the REST API, a field the portal or the
// coordinators set; it is a catalog key.
const CodeSetByPortal = "parity.error.set_by_portal"

// ChangedFields lists the fields a save changes in record, as loaded from the database, so a
// rule on what a person may change guards every field, those added later included. Automatic
// dates are the server's and never count.
func ChangedFields(record *core.Record) []string {
	original := record.Original()
	var changed []string
	for _, f := range record.Collection().Fields {
		if _, auto := f.(*core.AutodateField); auto {
			continue
		}
		name := f.GetName()
		if fmt.Sprint(record.GetRaw(name)) != fmt.Sprint(original.GetRaw(name)) {
			changed = append(changed, name)
		}
	}
	return changed
}
