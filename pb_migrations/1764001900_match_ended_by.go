package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Records who ended a pair or an invitation. A record hook tells the people concerned
// whatever the client, and it has no request to read the author from: the mentor of a
// cancelled invitation reads "the mentee withdrew it" or "the coordinators closed it" from
// this field. The portal sets it; a request hook stamps it for the REST API and the dashboard.
// Frozen: the field is written out here, not built by the helpers later migrations may change.
func init() {
	m.Register(func(app core.App) error {
		matches, err := app.FindCollectionByNameOrId("matches")
		if err != nil {
			return err
		}
		matches.Fields.Add(&core.RelationField{
			Name: "ended_by", CollectionId: "_pb_users_auth_", MaxSelect: 1,
			Help: "Who closed or cancelled the pair (a member or a coordinator); set by the server, empty when nobody did (an expiry) or before it was recorded.",
		})
		return app.Save(matches)
	}, func(app core.App) error {
		matches, err := app.FindCollectionByNameOrId("matches")
		if err != nil {
			return err
		}
		matches.Fields.RemoveByName("ended_by")
		return app.Save(matches)
	})
}
