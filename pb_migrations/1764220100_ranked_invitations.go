package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Ranked invitations: where a self-service programme allows it, a mentee lists several
// mentors in order with one message. Each step of the request is an invitation (a match);
// when one is declined or expires the server invites the next mentor of ranked_queue at once.
// Frozen: fields are written out here.
func init() {
	m.Register(func(app core.App) error {
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		programs.Fields.Add(&core.NumberField{Name: "ranked_invitations", OnlyInt: true, Min: types.Pointer(0.0), Max: types.Pointer(10.0),
			Help: "Self-service: how many mentors a mentee may list in order with one message, the next one invited when one declines or lets the invitation expire (0 or 1: one mentor at a time)."})
		if err := app.Save(programs); err != nil {
			return err
		}
		matches, err := app.FindCollectionByNameOrId("matches")
		if err != nil {
			return err
		}
		matches.Fields.Add(
			&core.NumberField{Name: "rank", OnlyInt: true, Min: types.Pointer(0.0), Max: types.Pointer(10.0),
				Help: "In a ranked request: the mentor's place in the mentee's list (1: first choice); 0 for a single invitation. Set by the server."},
			&core.JSONField{Name: "ranked_queue", MaxSize: 2000,
				Help: "In a ranked request: the mentor applications still to ask, in order, if this invitation is declined or expires. Set by the server."},
			&core.RelationField{Name: "ranked_first", CollectionId: matches.Id, MaxSelect: 1,
				Help: "In a ranked request: its first invitation (empty on the first itself), which groups the request's steps. Set by the server."},
		)
		matches.AddIndex("idx_matches_ranked_first", false, "ranked_first", "")
		return app.Save(matches)
	}, func(app core.App) error {
		matches, err := app.FindCollectionByNameOrId("matches")
		if err != nil {
			return err
		}
		matches.RemoveIndex("idx_matches_ranked_first")
		for _, name := range []string{"rank", "ranked_queue", "ranked_first"} {
			matches.Fields.RemoveByName(name)
		}
		if err := app.Save(matches); err != nil {
			return err
		}
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		programs.Fields.RemoveByName("ranked_invitations")
		return app.Save(programs)
	})
}
