package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Invitations are created through the portal only. The REST API let a mentee create an
// invited match directly, skipping what mentoring.Invite holds to: the limit of pending
// invitations, no second invitation of a mentor who declined, the expiry date, the score the
// mentor sees, and the e-mail that tells the mentor. Through the API a member may still
// cancel; only the mentor declines, and nobody rewrites the mentee's message.
// The rules are written out, down's too, so that the migration does the same on every
// database whenever it runs.
func init() {
	rules := map[string]collectionRules{
		"matches": {
			view: rule(`((@request.auth.id != "" && status != "draft" && ` +
				`(mentor.user = @request.auth.id || mentee.user = @request.auth.id)) || ` +
				`(@request.auth.id != "" && program.coordinators.id ?= @request.auth.id))`),
			create: rule(`((@request.auth.id != "" && program.coordinators.id ?= @request.auth.id) && ` +
				`mentor.program = program && mentee.program = program)`),
			update: rule(`(((@request.auth.id != "" && status != "draft" && ` +
				`(mentor.user = @request.auth.id || mentee.user = @request.auth.id)) && ` +
				`(@request.body.program:changed = false && ` +
				`@request.body.mentor:changed = false && @request.body.mentee:changed = false && ` +
				`@request.body.origin:changed = false && @request.body.score:changed = false && ` +
				`@request.body.score_details:changed = false && ` +
				`@request.body.locked:changed = false && ` +
				`@request.body.excluded:changed = false && ` +
				`@request.body.expires_at:changed = false && ` +
				`@request.body.started_at:changed = false && ` +
				`@request.body.message:changed = false) && ` +
				`(@request.body.status:changed = false || (@request.body.status = "declined" && ` +
				`mentor.user = @request.auth.id) || @request.body.status = "cancelled")) || ` +
				`((@request.auth.id != "" && program.coordinators.id ?= @request.auth.id) && ` +
				`(@request.body.program:changed = false && ` +
				`@request.body.mentor:changed = false && @request.body.mentee:changed = false)))`),
			delete: rule(`((@request.auth.id != "" && program.coordinators.id ?= @request.auth.id) && ` +
				`status = "draft")`),
		},
	}
	// as 1764001000 left them
	previous := map[string]collectionRules{
		"matches": {
			view: rule(`((@request.auth.id != "" && status != "draft" && ` +
				`(mentor.user = @request.auth.id || mentee.user = @request.auth.id)) || ` +
				`(@request.auth.id != "" && program.coordinators.id ?= @request.auth.id))`),
			create: rule(`((@request.auth.id != "" && mentee.user = @request.auth.id && ` +
				`status = "invited" && origin = "invitation" && mentee.program = program && ` +
				`mentee.role = "mentee" && mentor.program = program && mentor.role = "mentor" && ` +
				`mentor.status = "approved" && mentor.listed_in_directory = true && ` +
				`program.matching_mode = "self_service" && locked = false && ` +
				`excluded = false) || ((@request.auth.id != "" && ` +
				`program.coordinators.id ?= @request.auth.id) && mentor.program = program && ` +
				`mentee.program = program))`),
			update: rule(`(((@request.auth.id != "" && status != "draft" && ` +
				`(mentor.user = @request.auth.id || mentee.user = @request.auth.id)) && ` +
				`(@request.body.program:changed = false && ` +
				`@request.body.mentor:changed = false && @request.body.mentee:changed = false && ` +
				`@request.body.origin:changed = false && @request.body.score:changed = false && ` +
				`@request.body.score_details:changed = false && ` +
				`@request.body.locked:changed = false && ` +
				`@request.body.excluded:changed = false && ` +
				`@request.body.expires_at:changed = false && ` +
				`@request.body.started_at:changed = false) && ` +
				`(@request.body.status:changed = false || @request.body.status = "declined" || ` +
				`@request.body.status = "cancelled")) || ((@request.auth.id != "" && ` +
				`program.coordinators.id ?= @request.auth.id) && ` +
				`(@request.body.program:changed = false && ` +
				`@request.body.mentor:changed = false && @request.body.mentee:changed = false)))`),
			delete: rule(`((@request.auth.id != "" && program.coordinators.id ?= @request.auth.id) && ` +
				`status = "draft")`),
		},
	}
	m.Register(func(app core.App) error {
		return saveRules(app, rules)
	}, func(app core.App) error {
		return saveRules(app, previous)
	})
}
