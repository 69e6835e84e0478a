package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Drops the index of applications on (program, role, status): the one on (program, role,
// status, created, id) that 1764290000 added starts with the same columns, so SQLite answers
// every query the first served from the second (EXPLAIN QUERY PLAN of the coordinators'
// lists, console, report, events and directory: the same searches, covering where they
// were), and every write of an application kept two copies of the same order up to date.
// Frozen: the index is written out here.
func init() {
	m.Register(func(app core.App) error {
		c, err := app.FindCollectionByNameOrId("applications")
		if err != nil {
			return err
		}
		c.RemoveIndex("idx_applications_program_role_status")
		return app.Save(c)
	}, func(app core.App) error {
		c, err := app.FindCollectionByNameOrId("applications")
		if err != nil {
			return err
		}
		c.AddIndex("idx_applications_program_role_status", false, "program, role, status", "")
		return app.Save(c)
	})
}
