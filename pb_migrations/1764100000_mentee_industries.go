package pb_migrations

import (
	"encoding/json"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Gives mentees the industries and job functions they aim at, which the industry and job
// function criteria compare with the mentor's. Until now a mentee could only name interest
// tags, so these criteria never matched for someone applying through the portal; the demo's
// mentees carried industry and job function tags in their interests. Those tags move to the
// new fields, so no answer is lost and the interests hold interest tags only, as the form
// offers them. Frozen: the fields are written out here.
func init() {
	m.Register(func(app core.App) error {
		applications, err := app.FindCollectionByNameOrId("applications")
		if err != nil {
			return err
		}
		tags, err := app.FindCollectionByNameOrId("tags")
		if err != nil {
			return err
		}
		applications.Fields.Add(
			&core.RelationField{Name: "industries", CollectionId: tags.Id, MaxSelect: 30,
				Help: "Mentee: the industries they aim at (industry tags); compared with the mentor's industry."},
			&core.RelationField{Name: "job_functions", CollectionId: tags.Id, MaxSelect: 30,
				Help: "Mentee: the job functions they aim at (job_function tags); compared with the mentor's job function."},
		)
		if err := app.Save(applications); err != nil {
			return err
		}
		return moveAimedTags(app)
	}, func(app core.App) error {
		applications, err := app.FindCollectionByNameOrId("applications")
		if err != nil {
			return err
		}
		applications.Fields.RemoveByName("industries")
		applications.Fields.RemoveByName("job_functions")
		return app.Save(applications)
	})
}

// moveAimedTags moves the industry and job function tags of every mentee's interests to
// industries and job_functions, with plain SQL: the record hooks of today (mail, stamps) have
// nothing to do with a schema change.
func moveAimedTags(app core.App) error {
	var kinds []struct {
		ID   string `db:"id"`
		Kind string `db:"kind"`
	}
	if err := app.DB().NewQuery("SELECT id, kind FROM tags WHERE kind IN ('industry', 'job_function')").All(&kinds); err != nil {
		return err
	}
	kindOf := make(map[string]string, len(kinds))
	for _, k := range kinds {
		kindOf[k.ID] = k.Kind
	}
	var rows []struct {
		ID        string `db:"id"`
		Interests string `db:"interests"`
	}
	if err := app.DB().NewQuery("SELECT id, interests FROM applications WHERE role = 'mentee'").All(&rows); err != nil {
		return err
	}
	for _, row := range rows {
		moved := map[string][]string{"interests": {}, "industry": {}, "job_function": {}}
		var interests []string
		if row.Interests != "" {
			if err := json.Unmarshal([]byte(row.Interests), &interests); err != nil {
				return err
			}
		}
		for _, id := range interests {
			kind := kindOf[id]
			if kind == "" {
				kind = "interests"
			}
			moved[kind] = append(moved[kind], id)
		}
		if len(moved["industry"])+len(moved["job_function"]) == 0 {
			continue
		}
		values := dbx.Params{}
		for field, kind := range map[string]string{"interests": "interests", "industries": "industry", "job_functions": "job_function"} {
			encoded, err := json.Marshal(moved[kind])
			if err != nil {
				return err
			}
			values[field] = string(encoded)
		}
		if _, err := app.DB().Update("applications", values, dbx.HashExp{"id": row.ID}).Execute(); err != nil {
			return err
		}
	}
	return nil
}
