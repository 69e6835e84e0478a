package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// The privacy log records every export of a person's data and every erasure of an account,
// who ran it and how, as data-protection law asks an association to show. It names the person
// by their former id only, so an erasure leaves no address or name behind. No API rules: only
// superusers read it in the dashboard.
func init() {
	m.Register(func(app core.App) error {
		c := core.NewBaseCollection("privacy_log")
		c.Fields.Add(
			&core.SelectField{Name: "kind", Values: []string{"export", "erasure"}, MaxSelect: 1, Required: true,
				Help: "export: the person's data was downloaded; erasure: their account was erased."},
			&core.TextField{Name: "subject", Max: 64, Required: true,
				Help: "Id of the person's users record (gone after an erasure)."},
			&core.SelectField{Name: "via", Values: []string{"self", "coordinator", "command", "dashboard"}, MaxSelect: 1, Required: true,
				Help: "self: from their account page; coordinator: on their request, from the portal; command: mentorbase privacy; dashboard: a deletion in the dashboard or the REST API."},
			&core.TextField{Name: "actor", Max: 64,
				Help: "Id of the coordinator's users record who ran it, empty otherwise."},
			&core.TextField{Name: "program", Max: 80,
				Help: "Address (slug) of the programme the coordinator ran it from."},
			&core.AutodateField{Name: "created", OnCreate: true},
		)
		c.AddIndex("idx_privacy_log_subject", false, "subject", "")
		return app.Save(c)
	}, func(app core.App) error {
		return deleteCollections(app, "privacy_log")
	})
}
