package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Consent is recorded like a charter acceptance: which version of the privacy notice the
// applicant consented to, and when, both stamped by the server. Hidden like consent itself:
// the enrich hook shows them to the applicant and the programme's coordinators.
func init() {
	m.Register(func(app core.App) error {
		applications, err := app.FindCollectionByNameOrId("applications")
		if err != nil {
			return err
		}
		applications.Fields.Add(
			&core.NumberField{Name: "consent_version", OnlyInt: true, Min: types.Pointer(0.0), Hidden: true,
				Help: "Version of the privacy notice (/guide/privacy) the applicant consented to; set by the server."},
			&core.DateField{Name: "consented_at", Hidden: true,
				Help: "When the applicant gave that consent; set by the server, stored in UTC."},
		)
		return app.Save(applications)
	}, func(app core.App) error {
		applications, err := app.FindCollectionByNameOrId("applications")
		if err != nil {
			return err
		}
		applications.Fields.RemoveByName("consent_version")
		applications.Fields.RemoveByName("consented_at")
		return app.Save(applications)
	})
}
