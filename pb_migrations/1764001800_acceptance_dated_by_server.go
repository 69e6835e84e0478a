package pb_migrations

import (
	"errors"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// A charter acceptance is dated by the server (a pb_hooks record hook) when it is made, so the
// client no longer sends accepted_at: the field stops being required of it, and says so.
func init() {
	m.Register(func(app core.App) error {
		return setAcceptedAt(app, false, "When the person accepted the charter: set by the server when the acceptance is made, never changed.")
	}, func(app core.App) error {
		return setAcceptedAt(app, true, "When the person accepted it.")
	})
}

func setAcceptedAt(app core.App, required bool, help string) error {
	acceptances, err := app.FindCollectionByNameOrId("charter_acceptances")
	if err != nil {
		return err
	}
	field, ok := acceptances.Fields.GetByName("accepted_at").(*core.DateField)
	if !ok {
		return errors.New("charter_acceptances.accepted_at is not a date field")
	}
	field.Required, field.Help = required, help
	return app.Save(acceptances)
}
