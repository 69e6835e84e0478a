package pb_migrations

import (
	"errors"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Applications can be imported from a spreadsheet of last year's forms: an imported
// application waits, status imported, until its applicant sets a password, accepts the
// charter and confirms their consent, which submits it. A programme remembers how its
// coordinators mapped the columns of their exports to the application's fields, hidden from
// the REST API since it is the coordinators' working data.
// Frozen: the values and fields are written out here.
func init() {
	m.Register(func(app core.App) error {
		applications, err := app.FindCollectionByNameOrId("applications")
		if err != nil {
			return err
		}
		status, ok := applications.Fields.GetByName("status").(*core.SelectField)
		if !ok {
			return errors.New("applications.status is not a select field")
		}
		status.Values = []string{"submitted", "approved", "waitlisted", "rejected", "withdrawn", "imported"}
		status.Help = "Coordinators approve, waitlist or reject; the applicant may withdraw; imported waits for the applicant to confirm."
		if err := app.Save(applications); err != nil {
			return err
		}
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		programs.Fields.Add(&core.JSONField{Name: "import_mapping", Hidden: true, MaxSize: 20000,
			Help: "How the coordinators' CSV columns map to application fields: {normalised header: field}."})
		return app.Save(programs)
	}, func(app core.App) error {
		applications, err := app.FindCollectionByNameOrId("applications")
		if err != nil {
			return err
		}
		status, ok := applications.Fields.GetByName("status").(*core.SelectField)
		if !ok {
			return errors.New("applications.status is not a select field")
		}
		status.Values = []string{"submitted", "approved", "waitlisted", "rejected", "withdrawn"}
		status.Help = "Coordinators approve, waitlist or reject; the applicant may withdraw."
		if err := app.Save(applications); err != nil {
			return err
		}
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		programs.Fields.RemoveByName("import_mapping")
		return app.Save(programs)
	})
}
