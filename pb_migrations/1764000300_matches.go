package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
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
		c := newCollection("matches",
			relation("program", "Programme of the pair.", programsID, true, true),
			relation("mentor", "The mentor's application.", applicationsID, true, true),
			relation("mentee", "The mentee's application.", applicationsID, true, true),
			choice("status", "draft: console only, invisible to participants; invited: waiting for the mentor; active: the pair works together; then closed, declined, expired or cancelled.", true,
				"draft", "invited", "active", "closed", "declined", "expired", "cancelled"),
			choice("origin", "invitation: a mentee invited the mentor; coordinator: matched by a coordinator.", true, "invitation", "coordinator"),
			&core.NumberField{Name: "score", Min: ptr(0.0), Max: ptr(100.0), Help: "Matching score, 0 to 100."},
			jsonField("score_details", "Per-criterion explanation of the score."),
			text("message", "Invitation message from the mentee.", 2000, false),
			text("response", "The mentor's answer to the invitation.", 2000, false),
			boolean("locked", "Console: keep this pair when the assignment is recomputed."),
			boolean("excluded", "Console: never propose this pair."),
			date("expires_at", "When an invitation expires.", false),
			date("started_at", "When the pair became active.", false),
			date("ended_at", "When the pair ended.", false),
			text("end_reason", "Why the pair ended early.", 1000, false),
			date("mentor_agreed_at", "When the mentor agreed to the pairing.", false),
			date("mentee_agreed_at", "When the mentee agreed to the pairing.", false),
		)
		c.AddIndex("idx_matches_program_status", false, "program, status", "")
		c.AddIndex("idx_matches_mentor", false, "mentor", "")
		c.AddIndex("idx_matches_mentee", false, "mentee", "")
		return app.Save(c)
	}, func(app core.App) error {
		return deleteCollections(app, "matches")
	})
}
