package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Pairs that drift apart (issue 15): after drift_after_days without a meeting or a message,
// the reminders job nudges both members once per silence (drift_nudged_at, the server's own
// stamp, hidden so that no client moves it), and each may answer in one click "we're still in
// touch" or "we need help": a check-in their coordinators read. Existing programmes get the
// default of 30 days. Frozen: fields and rules are written out here.
func init() {
	m.Register(func(app core.App) error {
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		programs.Fields.Add(&core.NumberField{Name: "drift_after_days", OnlyInt: true, Min: types.Pointer(0.0), Max: types.Pointer(365.0),
			Help: "Days without a meeting or a message after which both members of a pair are nudged (0: the default, 30)."})
		if err := app.Save(programs); err != nil {
			return err
		}
		if _, err := app.DB().NewQuery("UPDATE programs SET drift_after_days = 30").Execute(); err != nil {
			return err
		}
		matches, err := app.FindCollectionByNameOrId("matches")
		if err != nil {
			return err
		}
		matches.Fields.Add(&core.DateField{Name: "drift_nudged_at", Hidden: true,
			Help: "When the pair was last nudged after a silence (UTC); set by the server, which nudges again only after a new meeting or message."})
		if err := app.Save(matches); err != nil {
			return err
		}
		checkins := core.NewBaseCollection("checkins")
		checkins.Fields.Add(
			&core.RelationField{Name: "match", CollectionId: matches.Id, MaxSelect: 1, Required: true, CascadeDelete: true},
			&core.RelationField{Name: "author", CollectionId: "_pb_users_auth_", MaxSelect: 1, Required: true, CascadeDelete: true},
			&core.SelectField{Name: "answer", Values: []string{"in_touch", "need_help"}, MaxSelect: 1, Required: true},
			&core.TextField{Name: "note", Max: 1000},
			&core.AutodateField{Name: "created", OnCreate: true},
		)
		checkins.AddIndex("idx_checkins_match", false, "match, created", "")
		checkins.ListRule = types.Pointer(`(@request.auth.id != "" && (match.mentor.user = @request.auth.id || ` +
			`match.mentee.user = @request.auth.id)) || (@request.auth.id != "" && match.program.coordinators.id ?= @request.auth.id)`)
		checkins.ViewRule = checkins.ListRule
		checkins.CreateRule = types.Pointer(`@request.auth.id != "" && author = @request.auth.id && match.status = "active" && ` +
			`(match.mentor.user = @request.auth.id || match.mentee.user = @request.auth.id)`)
		return app.Save(checkins)
	}, func(app core.App) error {
		checkins, err := app.FindCollectionByNameOrId("checkins")
		if err != nil {
			return err
		}
		if err := app.Delete(checkins); err != nil {
			return err
		}
		matches, err := app.FindCollectionByNameOrId("matches")
		if err != nil {
			return err
		}
		matches.Fields.RemoveByName("drift_nudged_at")
		if err := app.Save(matches); err != nil {
			return err
		}
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		programs.Fields.RemoveByName("drift_after_days")
		return app.Save(programs)
	})
}
