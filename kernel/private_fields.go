package kernel

import (
	"slices"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/search"
)

// privateWrites are the hidden fields each kind of writer may still send through the REST
// API. The schema hides them so that nobody but their readers sees, filters or sorts by them
// (README, Security), and PocketBase then drops them from every non-superuser's request body:
// without them, an applicant could not give consent or other wishes through the API, a
// coordinator could not word a decision, and a person could not set their phone.
var privateWrites = map[string]struct {
	owner       []string // written by the record's own person
	coordinator []string // written by the coordinators of the record's programme
}{
	CollectionApplications:   {owner: []string{"other_wishes", "consent"}, coordinator: []string{"decision_message"}},
	CollectionUsers:          {owner: []string{"phone"}},
	CollectionAvailabilities: {owner: []string{"freebusy_url"}},
}

// PrivateWriteCollections are the collections with hidden fields their writers may send.
func PrivateWriteCollections() []string {
	names := make([]string, 0, len(privateWrites))
	for name := range privateWrites {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// WritablePrivateFields are the hidden fields of record that writerID ("" for a visitor) may
// send through the REST API: their own (a person registering or updating themself, an
// applicant their application), or those a coordinator of the record's programme words.
func WritablePrivateFields(app core.App, record *core.Record, writerID string) []string {
	allowed := privateWrites[record.Collection().Name]
	if OwnsPrivateFields(record, writerID) {
		return allowed.owner
	}
	if writerID == "" || len(allowed.coordinator) == 0 {
		return nil
	}
	program, err := app.FindRecordById(CollectionPrograms, record.GetString("program"))
	if err == nil && slices.Contains(program.GetStringSlice("coordinators"), writerID) {
		return allowed.coordinator
	}
	return nil
}

// OwnsPrivateFields reports whether writerID ("" for a visitor) writes record's hidden fields
// as its own person: a person registering, a person updating themself, or the person whose
// record it is (applications.user).
func OwnsPrivateFields(record *core.Record, writerID string) bool {
	if record.Collection().Name == CollectionUsers {
		return writerID == "" && record.IsNew() || writerID != "" && writerID == record.Id
	}
	return writerID != "" && record.GetString("user") == writerID
}

// SortsByEmail reports whether a sort parameter orders records by an e-mail field, of the
// collection itself or through a relation ("user.email", "-mentor.user.email:lower").
// PocketBase lets anybody sort by any address, which would tell them apart letter by letter;
// who reads an address is ContactVisible's decision, so only superusers sort by it.
func SortsByEmail(sort string) bool {
	for _, field := range search.ParseSortFromString(sort) {
		path, _, _ := strings.Cut(field.Name, ":")
		if path == core.FieldNameEmail || strings.HasSuffix(path, "."+core.FieldNameEmail) {
			return true
		}
	}
	return false
}
