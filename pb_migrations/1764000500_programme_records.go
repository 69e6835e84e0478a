package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Creates programme-wide events and the support requests participants send coordinators.
func init() {
	m.Register(func(app core.App) error {
		ids, err := collectionIDs(app, "programs", "matches")
		if err != nil {
			return err
		}
		programsID, matchesID := ids[0], ids[1]
		events := newCollection("events",
			relation("program", "Programme of the event.", programsID, true, true),
			choice("kind", "kickoff and closing events are announced to every participant.", true, "kickoff", "closing", "workshop", "other"),
			&core.TextField{Name: "title", Required: true, Max: maxShortText, Presentable: true, Help: "Title of the event."},
			date("starts_at", "Start of the event.", true),
			date("ends_at", "End of the event.", false),
			text("location", "Place or link of the event.", 300, false),
			text("description", "What happens at the event (Markdown).", maxLongText, false),
		)
		events.AddIndex("idx_events_program_starts_at", false, "program, starts_at", "")
		support := newCollection("support_requests",
			relation("user", "Who asks for help.", usersID, true, true),
			relation("program", "Programme whose coordinators answer.", programsID, true, true),
			relation("match", "Pair concerned, if any.", matchesID, false, false),
			text("topic", "Subject of the request.", maxShortText, true),
			text("body", "The request.", maxLongText, true),
			choice("status", "open until a coordinator answers; closed when settled.", true, "open", "answered", "closed"),
			text("answer", "The coordinators' answer.", maxLongText, false),
		)
		support.AddIndex("idx_support_requests_program_status", false, "program, status", "")
		support.AddIndex("idx_support_requests_user", false, "user", "")
		if err := app.Save(events); err != nil {
			return err
		}
		return app.Save(support)
	}, func(app core.App) error {
		return deleteCollections(app, "support_requests", "events")
	})
}
