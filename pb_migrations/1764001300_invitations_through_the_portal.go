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
func init() {
	m.Register(func(app core.App) error {
		return saveRules(app, func(core.App) (map[string]collectionRules, error) {
			return map[string]collectionRules{"matches": matchesThroughPortalRules()}, nil
		})
	}, func(app core.App) error {
		return saveRules(app, func(core.App) (map[string]collectionRules, error) {
			return map[string]collectionRules{"matches": matchesRules()}, nil
		})
	})
}

func matchesThroughPortalRules() collectionRules {
	r := matchesRules()
	r.create = rule(allOf(coordinates("program"), "mentor.program = program", "mentee.program = program"))
	r.update = rule(anyOf(
		allOf(memberOf(""),
			unchanged("program", "mentor", "mentee", "origin", "score", "score_details",
				"locked", "excluded", "expires_at", "started_at", "message"),
			anyOf("@request.body.status:changed = false",
				allOf(`@request.body.status = "declined"`, "mentor.user = "+me),
				`@request.body.status = "cancelled"`)),
		allOf(coordinates("program"), unchanged("program", "mentor", "mentee")),
	))
	return r
}
