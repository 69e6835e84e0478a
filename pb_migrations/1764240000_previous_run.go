package pb_migrations

import (
	"regexp"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Links a programme to its run the year before, which the report compares it with: "Run
// again next year" sets it on the copy. Programmes saved before it existed are linked once
// here the way the report used to find earlier runs, by their address without its year or
// number (alumni-2026 follows alumni-2025, which follows alumni), each to the latest of those
// that started before it. Frozen: the field and the rule are written out here.
func init() {
	m.Register(func(app core.App) error {
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		programs.Fields.Add(&core.RelationField{
			Name: "previous_run", CollectionId: programs.Id, MaxSelect: 1,
			Help: "The run of this programme before this one (set by Run again next year); the report compares the figures of the runs side by side.",
		})
		if err := app.Save(programs); err != nil {
			return err
		}
		return linkPreviousRuns(app)
	}, func(app core.App) error {
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		programs.Fields.RemoveByName("previous_run")
		return app.Save(programs)
	})
}

// runSuffix is the year or number at the end of a run's address.
var runSuffix = regexp.MustCompile(`(-[0-9]+)+$`)

// linkPreviousRuns sets previous_run, where it is empty, to the programme with the same
// address stem that started last before this one. It writes with SQL: no hook is involved
// and no other field or date changes.
func linkPreviousRuns(app core.App) error {
	var rows []struct {
		ID       string `db:"id"`
		Slug     string `db:"slug"`
		StartsAt string `db:"starts_at"`
		Previous string `db:"previous_run"`
	}
	err := app.DB().NewQuery(`SELECT id, slug, starts_at, previous_run FROM programs WHERE starts_at != ''`).All(&rows)
	if err != nil {
		return err
	}
	for _, p := range rows {
		if p.Previous != "" {
			continue
		}
		stem, previous, latest := runSuffix.ReplaceAllString(strings.ToLower(p.Slug), ""), "", ""
		for _, q := range rows {
			if q.ID != p.ID && q.StartsAt < p.StartsAt && q.StartsAt > latest &&
				runSuffix.ReplaceAllString(strings.ToLower(q.Slug), "") == stem {
				previous, latest = q.ID, q.StartsAt
			}
		}
		if previous == "" {
			continue
		}
		_, err := app.DB().NewQuery(`UPDATE programs SET previous_run = {:previous} WHERE id = {:id}`).
			Bind(dbx.Params{"previous": previous, "id": p.ID}).Execute()
		if err != nil {
			return err
		}
	}
	return nil
}
