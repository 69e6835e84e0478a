package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Indexes the directory's freshness check, the count and latest update of a programme's
// mentor applications, which every directory page asks: with the index SQLite reads it alone;
// without it, it read each of 5,000 mentors' whole application row (answers and all), about
// half of a directory page's server time at 20,000 participants. Frozen: the index is written
// out here.
func init() {
	m.Register(func(app core.App) error {
		c, err := app.FindCollectionByNameOrId("applications")
		if err != nil {
			return err
		}
		c.AddIndex("idx_applications_program_role_updated", false, "program, role, updated", "")
		return app.Save(c)
	}, func(app core.App) error {
		c, err := app.FindCollectionByNameOrId("applications")
		if err != nil {
			return err
		}
		c.RemoveIndex("idx_applications_program_role_updated")
		return app.Save(c)
	})
}
