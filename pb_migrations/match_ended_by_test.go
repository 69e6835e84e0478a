package pb_migrations_test

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
)

// matches.ended_by names one person and may stay empty (an expiry, pairs ended before it was
// recorded); it does not cascade, so deleting that person's account never deletes a pair.
func TestMatchEndedByIsAnOptionalUser(t *testing.T) {
	app := apptest.New(t)
	matches, err := app.FindCollectionByNameOrId("matches")
	if err != nil {
		t.Fatal(err)
	}
	field, ok := matches.Fields.GetByName("ended_by").(*core.RelationField)
	if !ok {
		t.Fatalf("matches.ended_by is %T, want a relation", matches.Fields.GetByName("ended_by"))
	}
	users, err := app.FindCollectionByNameOrId("users")
	if err != nil {
		t.Fatal(err)
	}
	if field.CollectionId != users.Id || field.Required || field.CascadeDelete || field.MaxSelect != 1 {
		t.Errorf("ended_by: collection %s required %v cascade %v max %d; want one optional user, no cascade",
			field.CollectionId, field.Required, field.CascadeDelete, field.MaxSelect)
	}
}
