package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Creates matches: a pair of a mentor's and a mentee's application, from a draft in the
// coordinators' console or a mentee's invitation to its end.
func init() {
	m.Register(func(app core.App) error {
		ids, err := collectionIDs(app, "programs", "applications")
		if err != nil {
			return err
		}
		programsID, applicationsID := ids[0], ids[1]
		c := core.NewBaseCollection("matches")
		c.Fields.Add(
			&core.RelationField{Name: "program", CollectionId: programsID, CascadeDelete: true, MaxSelect: 1, Required: true,
				Help: "Programme of the pair."},
			&core.RelationField{Name: "mentor", CollectionId: applicationsID, CascadeDelete: true, MaxSelect: 1, Required: true,
				Help: "The mentor's application."},
			&core.RelationField{Name: "mentee", CollectionId: applicationsID, CascadeDelete: true, MaxSelect: 1, Required: true,
				Help: "The mentee's application."},
			&core.SelectField{Name: "status", MaxSelect: 1, Required: true, Values: []string{
				"draft", "invited", "active", "closed", "declined", "expired", "cancelled",
			},
				Help: "draft: console only, invisible to participants; invited: waiting for the mentor; active: the pair works together; then closed, declined, expired or cancelled."},
			&core.SelectField{Name: "origin", Values: []string{"invitation", "coordinator"}, MaxSelect: 1, Required: true,
				Help: "invitation: a mentee invited the mentor; coordinator: matched by a coordinator."},
			&core.NumberField{Name: "score", Min: types.Pointer(0.0), Max: types.Pointer(100.0),
				Help: "Matching score, 0 to 100."},
			&core.JSONField{Name: "score_details", MaxSize: 64 << 10,
				Help: "Per-criterion explanation of the score."},
			&core.TextField{Name: "message", Max: 2000,
				Help: "Invitation message from the mentee."},
			&core.TextField{Name: "response", Max: 2000,
				Help: "The mentor's answer to the invitation."},
			&core.BoolField{Name: "locked",
				Help: "Console: keep this pair when the assignment is recomputed."},
			&core.BoolField{Name: "excluded",
				Help: "Console: never propose this pair."},
			&core.DateField{Name: "expires_at",
				Help: "When an invitation expires."},
			&core.DateField{Name: "started_at",
				Help: "When the pair became active."},
			&core.DateField{Name: "ended_at",
				Help: "When the pair ended."},
			&core.TextField{Name: "end_reason", Max: 1000,
				Help: "Why the pair ended early."},
			&core.DateField{Name: "mentor_agreed_at",
				Help: "When the mentor agreed to the pairing."},
			&core.DateField{Name: "mentee_agreed_at",
				Help: "When the mentee agreed to the pairing."},
			&core.AutodateField{Name: "created", OnCreate: true},
			&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
		)
		c.AddIndex("idx_matches_program_status", false, "program, status", "")
		c.AddIndex("idx_matches_mentor", false, "mentor", "")
		c.AddIndex("idx_matches_mentee", false, "mentee", "")
		return app.Save(c)
	}, func(app core.App) error {
		return deleteCollections(app, "matches")
	})
}
