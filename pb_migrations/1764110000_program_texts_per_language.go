package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Gives a programme's name, summary and description a version per language, and its
// geographic areas a label per language, so readers get the programme's own words in their
// language. name, summary and description stay: they hold the programme's first language,
// which e-mails, lists and the dashboard read, and a record hook keeps them equal to that
// language's fields. Existing texts are copied into the programme's first language, so
// nothing written before is lost. Frozen: the fields are written out here.
func init() {
	m.Register(func(app core.App) error {
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		programs.Fields.Add(
			&core.TextField{Name: "name_en", Max: 200, Help: "Name of the programme in English."},
			&core.TextField{Name: "name_fr", Max: 200, Help: "Name of the programme in French."},
			&core.TextField{Name: "name_sv", Max: 200, Help: "Name of the programme in Swedish."},
			&core.TextField{Name: "summary_en", Max: 500, Help: "One or two sentences in English for the list of programmes."},
			&core.TextField{Name: "summary_fr", Max: 500, Help: "One or two sentences in French for the list of programmes."},
			&core.TextField{Name: "summary_sv", Max: 500, Help: "One or two sentences in Swedish for the list of programmes."},
			&core.TextField{Name: "description_en", Max: 50000, Help: "Full presentation in English (Markdown)."},
			&core.TextField{Name: "description_fr", Max: 50000, Help: "Full presentation in French (Markdown)."},
			&core.TextField{Name: "description_sv", Max: 50000, Help: "Full presentation in Swedish (Markdown)."},
			&core.JSONField{Name: "area_labels", MaxSize: 64 << 10,
				Help: `Labels of the areas per language, keyed by the area as listed in areas, e.g. {"Remote": {"fr": "À distance", "sv": "På distans"}}.`},
		)
		if err := app.Save(programs); err != nil {
			return err
		}
		for _, lang := range []string{"en", "fr", "sv"} {
			_, err := app.DB().NewQuery(`UPDATE programs SET name_` + lang + ` = name, summary_` + lang +
				` = summary, description_` + lang + ` = description ` +
				`WHERE COALESCE(json_extract(languages, '$[0]'), 'en') = {:lang}`).
				Bind(map[string]any{"lang": lang}).Execute()
			if err != nil {
				return err
			}
		}
		return nil
	}, func(app core.App) error {
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		for _, name := range []string{"name_en", "name_fr", "name_sv", "summary_en", "summary_fr", "summary_sv",
			"description_en", "description_fr", "description_sv", "area_labels"} {
			programs.Fields.RemoveByName(name)
		}
		return app.Save(programs)
	})
}
