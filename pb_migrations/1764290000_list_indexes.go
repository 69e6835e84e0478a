package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Indexes the order of the coordinators' list of applications: a programme's applications
// oldest first. Without it SQLite read all of a programme's applications, whole (answers
// and all), and sorted them to show fifty: 270 ms at 10,000 applications. Frozen: the index
// is written out here.
func init() {
	m.Register(func(app core.App) error {
		c, err := app.FindCollectionByNameOrId("applications")
		if err != nil {
			return err
		}
		c.AddIndex("idx_applications_program_created", false, "program, created, id", "")
		return app.Save(c)
	}, func(app core.App) error {
		c, err := app.FindCollectionByNameOrId("applications")
		if err != nil {
			return err
		}
		c.RemoveIndex("idx_applications_program_created")
		return app.Save(c)
	})
}
