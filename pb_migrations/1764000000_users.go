package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Extends the users auth collection with what a participant tells the programme about
// themselves and the secret of their calendar feed.
func init() {
	m.Register(func(app core.App) error {
		users, err := app.FindCollectionByNameOrId("users")
		if err != nil {
			return err
		}
		if f, ok := users.Fields.GetByName("name").(*core.TextField); ok {
			f.Help = "Full name, shown to the partner and the coordinators."
		}
		users.Fields.Add(
			// Hidden so that nobody can filter users by phone number; the enrich hook
			// shows it to the person, their active partner and their coordinators.
			&core.TextField{
				Name: "phone", Max: 40, Hidden: true, Pattern: `^\+?[0-9 ().-]*$`,
				Help: "Phone number. Visible only to the person, their active partner and the coordinators of their programmes.",
			},
			&core.SelectField{Name: "locale", Values: []string{"en", "fr", "sv"}, MaxSelect: 1,
				Help: "Language of the portal and of the e-mails sent to this person."},
			// Never leaves the server through the API: it is the password of the ICS feed.
			&core.TextField{
				Name: "calendar_token", Hidden: true, Min: 32, Max: 64,
				AutogeneratePattern: "[a-zA-Z0-9]{40}",
				Help:                "Secret of the private calendar feed /calendar/{token}.ics. Clear it to generate a new one.",
			},
		)
		users.AddIndex("idx_users_calendar_token", true, "calendar_token", "calendar_token != ''")
		return app.Save(users)
	}, func(app core.App) error {
		users, err := app.FindCollectionByNameOrId("users")
		if err != nil {
			return err
		}
		users.RemoveIndex("idx_users_calendar_token")
		for _, name := range []string{"phone", "locale", "calendar_token"} {
			users.Fields.RemoveByName(name)
		}
		return app.Save(users)
	})
}
