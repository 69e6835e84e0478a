package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Booking a slot (issue 15, point 3): a person's weekly availability, one record each, in
// their own time zone, with days off and one-off extra times; the partner of any of their
// active pairs and the coordinators of a programme they applied to read it. A meeting booked
// in a partner's free slot is created confirmed at once (booked), so the create rule lets a
// member create a confirmed meeting only as a booking: the meetings hook checks the slot.
// The free/busy address is hidden: it often carries a secret of the owner's calendar.
// Frozen: fields and rules are written out here.
func init() {
	m.Register(func(app core.App) error {
		hours := core.NewBaseCollection("availabilities")
		hours.Fields.Add(
			&core.RelationField{Name: "user", CollectionId: "_pb_users_auth_", MaxSelect: 1, Required: true, CascadeDelete: true},
			&core.TextField{Name: "timezone", Max: 64, Required: true,
				Help: "IANA time zone the weekly ranges and extra times are read in, e.g. Europe/Stockholm."},
			&core.JSONField{Name: "weekly", MaxSize: 20000,
				Help: `Weekly ranges: [{"day":"tue","from":"17:00","to":"19:00"}], day mon…sun.`},
			&core.JSONField{Name: "days_off", MaxSize: 20000,
				Help: `Days without slots, inclusive: [{"from":"2026-12-24","to":"2027-01-02"}].`},
			&core.JSONField{Name: "extra", MaxSize: 20000,
				Help: `One-off extra times: [{"date":"2026-12-20","from":"10:00","to":"12:00"}].`},
			&core.NumberField{Name: "slot_minutes", OnlyInt: true, Min: types.Pointer(15.0), Max: types.Pointer(240.0),
				Help: "Length of a bookable meeting in minutes (0: 60)."},
			&core.URLField{Name: "freebusy_url", Hidden: true,
				Help: "The owner's free/busy iCalendar address (https); its busy times hide slots. Hidden: it may carry a secret."},
			&core.AutodateField{Name: "created", OnCreate: true},
			&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
		)
		hours.AddIndex("idx_availabilities_user", true, "user", "")
		hours.ListRule = types.Pointer(`@request.auth.id != "" && (user = @request.auth.id || ` +
			`(@collection.matches:pair.status ?= "active" && ((@collection.matches:pair.mentor.user ?= user && ` +
			`@collection.matches:pair.mentee.user ?= @request.auth.id) || (@collection.matches:pair.mentee.user ?= user && ` +
			`@collection.matches:pair.mentor.user ?= @request.auth.id))) || ` +
			`(@collection.applications:applied.user ?= user && @collection.applications:applied.program.coordinators.id ?= @request.auth.id))`)
		hours.ViewRule = hours.ListRule
		hours.CreateRule = types.Pointer(`@request.auth.id != "" && user = @request.auth.id`)
		hours.UpdateRule = types.Pointer(`@request.auth.id != "" && user = @request.auth.id && @request.body.user:changed = false`)
		hours.DeleteRule = types.Pointer(`@request.auth.id != "" && user = @request.auth.id`)
		if err := app.Save(hours); err != nil {
			return err
		}
		meetings, err := app.FindCollectionByNameOrId("meetings")
		if err != nil {
			return err
		}
		meetings.Fields.Add(&core.BoolField{Name: "booked",
			Help: "Booked in a free slot of the partner's availability: created confirmed, by the member who picked it."})
		meetings.CreateRule = types.Pointer(`((@request.auth.id != "" && match.status != "draft" && ` +
			`(match.mentor.user = @request.auth.id || ` +
			`match.mentee.user = @request.auth.id)) && match.status = "active" && ` +
			`proposed_by = @request.auth.id && (status = "proposed" || (status = "confirmed" && booked = true)))`)
		return app.Save(meetings)
	}, func(app core.App) error {
		meetings, err := app.FindCollectionByNameOrId("meetings")
		if err != nil {
			return err
		}
		meetings.Fields.RemoveByName("booked")
		meetings.CreateRule = types.Pointer(`((@request.auth.id != "" && match.status != "draft" && ` +
			`(match.mentor.user = @request.auth.id || ` +
			`match.mentee.user = @request.auth.id)) && match.status = "active" && ` +
			`proposed_by = @request.auth.id && status = "proposed")`)
		if err := app.Save(meetings); err != nil {
			return err
		}
		hours, err := app.FindCollectionByNameOrId("availabilities")
		if err != nil {
			return err
		}
		return app.Delete(hours)
	})
}
