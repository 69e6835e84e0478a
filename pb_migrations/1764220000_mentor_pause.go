package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// A mentor may pause: "not taking new mentees until" a day. While paused_until is in the
// future the directory shows it and invitations to the mentor are refused, whoever sends
// them; empty or past means taking mentees. Frozen: the field is written out here.
func init() {
	m.Register(func(app core.App) error {
		applications, err := app.FindCollectionByNameOrId("applications")
		if err != nil {
			return err
		}
		applications.Fields.Add(&core.DateField{Name: "paused_until",
			Help: "Mentors: taking no new mentees before this instant (the start of the day typed, on the programme's clock); empty: taking them."})
		return app.Save(applications)
	}, func(app core.App) error {
		applications, err := app.FindCollectionByNameOrId("applications")
		if err != nil {
			return err
		}
		applications.Fields.RemoveByName("paused_until")
		return app.Save(applications)
	})
}
