package kernel_test

import (
	"slices"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/kernel"
)

func TestSortsByEmail(t *testing.T) {
	for sort, want := range map[string]bool{
		"email":                    true,
		"-email":                   true,
		"user.email":               true,
		"-mentor.user.email:lower": true,
		"name,-user.email":         true,
		"name":                     false,
		"-created,user.name":       false,
		"email_hint":               false,
		"user.emailVisibility":     false,
		"":                         false,
	} {
		if got := kernel.SortsByEmail(sort); got != want {
			t.Errorf("%q: %v, want %v", sort, got, want)
		}
	}
}

// Who may send which hidden fields through the REST API: the person themself, the applicant,
// the programme's coordinators; nobody else.
func TestWritablePrivateFields(t *testing.T) {
	app := apptest.New(t)
	b := apptest.Build(t, app)
	coord := b.Person("coord@example.org", "Coord", "en")
	ada := b.Person("ada@example.org", "Ada", "en")
	bob := b.Person("bob@example.org", "Bob", "en")
	program := b.Programme("p", "P", map[string]any{"coordinators": []string{coord.Id}})
	application := b.Application(program.Id, ada.Id, "mentee", "submitted")
	users, err := app.FindCollectionByNameOrId("users")
	if err != nil {
		t.Fatal(err)
	}
	newcomer := core.NewRecord(users)
	for _, c := range []struct {
		name   string
		record *core.Record
		writer string
		want   []string
	}{
		{"a person registering", newcomer, "", []string{"phone"}},
		{"a person updating themself", ada, ada.Id, []string{"phone"}},
		{"someone updating another person", ada, bob.Id, nil},
		{"a visitor updating a person", ada, "", nil},
		{"the applicant", application, ada.Id, []string{"other_wishes", "consent"}},
		{"the programme's coordinator", application, coord.Id, []string{"decision_message"}},
		{"another person", application, bob.Id, nil},
		{"a visitor", application, "", nil},
		{"a collection without hidden fields", program, coord.Id, nil},
	} {
		if got := kernel.WritablePrivateFields(app, c.record, c.writer); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
