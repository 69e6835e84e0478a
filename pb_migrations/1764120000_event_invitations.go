package pb_migrations

import (
	"errors"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Programme events become invitations: each is sent to an audience (every approved
// participant, the mentors, the mentees or the members of active pairs) with an iCalendar
// invite whose SEQUENCE grows with every change, can be cancelled, has its title and text per
// language, and collects the invitees' answers (coming / not coming) in event_rsvps. Existing
// events are addressed to everyone and scheduled, as the kind's help promised.
// Frozen: fields and rules are written out here, not built by helpers later migrations change.
func init() {
	m.Register(func(app core.App) error {
		events, err := app.FindCollectionByNameOrId("events")
		if err != nil {
			return err
		}
		kind, ok := events.Fields.GetByName("kind").(*core.SelectField)
		if !ok {
			return errors.New("events.kind is not a select field")
		}
		kind.Help = "kickoff, closing, workshop or other; who is invited is the audience."
		events.Fields.Add(
			&core.SelectField{Name: "audience", Values: []string{"all", "mentors", "mentees", "paired"}, MaxSelect: 1,
				Help: "Who is invited and e-mailed: all approved participants, the mentors, the mentees, or the members of active pairs (empty: all)."},
			&core.SelectField{Name: "status", Values: []string{"scheduled", "cancelled"}, MaxSelect: 1,
				Help: "cancelled sends everyone invited a cancellation; a cancelled event stays cancelled (empty: scheduled)."},
			&core.NumberField{Name: "sequence", OnlyInt: true, Min: types.Pointer(0.0),
				Help: "iCalendar SEQUENCE: raised by the server on every change of what the invite says, never lowered."},
			&core.TextField{Name: "title_en", Max: 200, Help: "Title in English (else the programme's first language)."},
			&core.TextField{Name: "title_fr", Max: 200, Help: "Title in French (else the programme's first language)."},
			&core.TextField{Name: "title_sv", Max: 200, Help: "Title in Swedish (else the programme's first language)."},
			&core.TextField{Name: "description_en", Max: 5000, Help: "What happens, in English (Markdown)."},
			&core.TextField{Name: "description_fr", Max: 5000, Help: "What happens, in French (Markdown)."},
			&core.TextField{Name: "description_sv", Max: 5000, Help: "What happens, in Swedish (Markdown)."},
		)
		if err := app.Save(events); err != nil {
			return err
		}
		_, err = app.DB().NewQuery("UPDATE events SET audience = {:all} WHERE audience = ''").Bind(dbx.Params{"all": "all"}).Execute()
		if err != nil {
			return err
		}
		_, err = app.DB().NewQuery("UPDATE events SET status = {:s} WHERE status = ''").Bind(dbx.Params{"s": "scheduled"}).Execute()
		if err != nil {
			return err
		}
		rsvps := core.NewBaseCollection("event_rsvps")
		rsvps.Fields.Add(
			&core.RelationField{Name: "event", CollectionId: events.Id, CascadeDelete: true, MaxSelect: 1, Required: true,
				Help: "The event answered."},
			&core.RelationField{Name: "user", CollectionId: "_pb_users_auth_", CascadeDelete: true, MaxSelect: 1, Required: true,
				Help: "The invitee who answers."},
			&core.SelectField{Name: "answer", Values: []string{"coming", "not_coming"}, MaxSelect: 1, Required: true,
				Help: "coming or not_coming; changed as often as the invitee likes until the event starts."},
			&core.AutodateField{Name: "created", OnCreate: true},
			&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
		)
		rsvps.AddIndex("idx_event_rsvps_event_user", true, "event, user", "")
		rsvps.AddIndex("idx_event_rsvps_user", false, "user", "")
		own := `(@request.auth.id != "" && user = @request.auth.id)`
		coordinators := `(@request.auth.id != "" && event.program.coordinators.id ?= @request.auth.id)`
		rsvps.ListRule = types.Pointer(`(` + own + ` || ` + coordinators + `)`)
		rsvps.ViewRule = types.Pointer(`(` + own + ` || ` + coordinators + `)`)
		rsvps.CreateRule = types.Pointer(own)
		rsvps.UpdateRule = types.Pointer(`(` + own + ` && @request.body.user:changed = false && @request.body.event:changed = false)`)
		return app.Save(rsvps)
	}, func(app core.App) error {
		if err := deleteCollections(app, "event_rsvps"); err != nil {
			return err
		}
		events, err := app.FindCollectionByNameOrId("events")
		if err != nil {
			return err
		}
		kind, ok := events.Fields.GetByName("kind").(*core.SelectField)
		if !ok {
			return errors.New("events.kind is not a select field")
		}
		kind.Help = "kickoff and closing events are announced to every participant."
		for _, name := range []string{"audience", "status", "sequence", "title_en", "title_fr", "title_sv",
			"description_en", "description_fr", "description_sv"} {
			events.Fields.RemoveByName(name)
		}
		return app.Save(events)
	})
}
