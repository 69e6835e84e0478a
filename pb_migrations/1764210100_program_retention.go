package pb_migrations

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// How long a programme keeps its participants' personal data after it ends; the daily
// retention job anonymises what has expired. Existing programmes get the default, 12 months.
func init() {
	m.Register(func(app core.App) error {
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		programs.Fields.Add(&core.NumberField{Name: "retention_months", OnlyInt: true, Min: types.Pointer(0.0),
			Help: "Months after ends_at before the participants' personal data is anonymised by the daily retention job (12 by default)."})
		if err := app.Save(programs); err != nil {
			return err
		}
		_, err = app.DB().NewQuery("UPDATE programs SET retention_months = {:months} WHERE retention_months = 0").
			Bind(dbx.Params{"months": 12}).Execute()
		return err
	}, func(app core.App) error {
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		programs.Fields.RemoveByName("retention_months")
		return app.Save(programs)
	})
}
