package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// A member may record, through the REST API as in the portal, a meeting the pair held without
// arranging it here: created held, once begun (the meetings hook checks the time and the
// minutes, and mails no invite). Proposing, and booking a slot the partner offers (confirmed
// and booked, migration 1764300000), stay the other ways a member creates a meeting.
// Frozen: the rules are written out here.
func init() {
	m.Register(func(app core.App) error {
		meetings, err := app.FindCollectionByNameOrId("meetings")
		if err != nil {
			return err
		}
		meetings.CreateRule = types.Pointer(`(@request.auth.id != "" && match.status != "draft" && (match.mentor.user = @request.auth.id || ` +
			`match.mentee.user = @request.auth.id)) && match.status = "active" && proposed_by = @request.auth.id && ` +
			`(status = "proposed" || status = "held" || (status = "confirmed" && booked = true))`)
		return app.Save(meetings)
	}, func(app core.App) error {
		meetings, err := app.FindCollectionByNameOrId("meetings")
		if err != nil {
			return err
		}
		meetings.CreateRule = types.Pointer(`(@request.auth.id != "" && match.status != "draft" && (match.mentor.user = @request.auth.id || ` +
			`match.mentee.user = @request.auth.id)) && match.status = "active" && proposed_by = @request.auth.id && ` +
			`(status = "proposed" || (status = "confirmed" && booked = true))`)
		return app.Save(meetings)
	})
}
