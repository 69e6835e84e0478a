package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Gives the pair's mentoring agreement a place of its own. Until now the agreement was two
// times (mentor_agreed_at, mentee_agreed_at) that also meant "accepted the pairing", so a pair
// made by invitation never saw the agreement. The terms (how often and how they meet, what
// they expect) and each member's confirmation now live in `agreement`; the two times mean only
// that a member accepted the pairing by invitation.
func init() {
	m.Register(func(app core.App) error {
		matches, err := app.FindCollectionByNameOrId("matches")
		if err != nil {
			return err
		}
		matches.Fields.Add(&core.JSONField{Name: "agreement", MaxSize: 16 << 10,
			Help: "The pair's mentoring agreement: frequency (weekly, fortnightly, monthly, as_needed), " +
				"modes (in_person, video, phone), expectations (text), proposed_by (user id) and confirmed " +
				"(role → time each member confirmed these terms). Changing the terms asks the partner to confirm again."})
		for _, name := range []string{"mentor_agreed_at", "mentee_agreed_at"} {
			if f, ok := matches.Fields.GetByName(name).(*core.DateField); ok {
				f.Help = "When the " + name[:6] + " accepted the pairing by invitation (empty for pairs the coordinators made); the mentoring agreement is in agreement."
			}
		}
		return app.Save(matches)
	}, func(app core.App) error {
		matches, err := app.FindCollectionByNameOrId("matches")
		if err != nil {
			return err
		}
		matches.Fields.RemoveByName("agreement")
		return app.Save(matches)
	})
}
