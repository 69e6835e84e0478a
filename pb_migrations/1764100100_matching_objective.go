package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Stores what "best" means for a coordinated programme's proposal, which the coordinators
// choose in the matching console. Empty means "total", the engine's objective before the
// choice existed. Frozen: the field is written out here.
func init() {
	m.Register(func(app core.App) error {
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		programs.Fields.Add(&core.SelectField{Name: "matching_objective", MaxSelect: 1,
			Values: []string{"total", "fairest", "stable"},
			Help:   "Coordinated matching: total (most matched, then highest total score), fairest (most matched, then highest lowest score, then total) or stable (nobody would rather be with someone who would rather be with them); empty means total."})
		return app.Save(programs)
	}, func(app core.App) error {
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		programs.Fields.RemoveByName("matching_objective")
		return app.Save(programs)
	})
}
