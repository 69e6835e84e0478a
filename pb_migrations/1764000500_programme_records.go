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
		events := core.NewBaseCollection("events")
		events.Fields.Add(
			&core.RelationField{Name: "program", CollectionId: programsID, CascadeDelete: true, MaxSelect: 1, Required: true,
				Help: "Programme of the event."},
			&core.SelectField{Name: "kind", Values: []string{"kickoff", "closing", "workshop", "other"}, MaxSelect: 1, Required: true,
				Help: "kickoff and closing events are announced to every participant."},
			&core.TextField{Name: "title", Presentable: true, Max: 200, Required: true,
				Help: "Title of the event."},
			&core.DateField{Name: "starts_at", Required: true,
				Help: "Start of the event."},
			&core.DateField{Name: "ends_at",
				Help: "End of the event."},
			&core.TextField{Name: "location", Max: 300,
				Help: "Place or link of the event."},
			&core.TextField{Name: "description", Max: 5000,
				Help: "What happens at the event (Markdown)."},
			&core.AutodateField{Name: "created", OnCreate: true},
			&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
		)
		events.AddIndex("idx_events_program_starts_at", false, "program, starts_at", "")
		support := core.NewBaseCollection("support_requests")
		support.Fields.Add(
			&core.RelationField{Name: "user", CollectionId: "_pb_users_auth_", CascadeDelete: true, MaxSelect: 1, Required: true,
				Help: "Who asks for help."},
			&core.RelationField{Name: "program", CollectionId: programsID, CascadeDelete: true, MaxSelect: 1, Required: true,
				Help: "Programme whose coordinators answer."},
			&core.RelationField{Name: "match", CollectionId: matchesID, MaxSelect: 1,
				Help: "Pair concerned, if any."},
			&core.TextField{Name: "topic", Max: 200, Required: true,
				Help: "Subject of the request."},
			&core.TextField{Name: "body", Max: 5000, Required: true,
				Help: "The request."},
			&core.SelectField{Name: "status", Values: []string{"open", "answered", "closed"}, MaxSelect: 1, Required: true,
				Help: "open until a coordinator answers; closed when settled."},
			&core.TextField{Name: "answer", Max: 5000,
				Help: "The coordinators' answer."},
			&core.AutodateField{Name: "created", OnCreate: true},
			&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
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
