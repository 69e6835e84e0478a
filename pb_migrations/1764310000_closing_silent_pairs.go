package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Long-silent pairs offered closing, and meetings created once per form (issue 15, points 4
// and 5). After close_after_days without a meeting or a message (default 90) the reminders
// job warns both members and the coordinators that the pair may be closed after 7 days
// (closing_warned_at, the server's stamp); a coordinator closes it or keeps it open
// (closing_kept_at, which ends the warning); nothing closes a pair by itself. A meeting
// proposed from the portal carries its form's one-time token (form_token), unique when set,
// so that two posts of one form create one meeting. The three stamps are hidden: only the
// server writes them. Existing programmes get the default of 90 days. Frozen: fields and
// rules are written out here.
func init() {
	m.Register(func(app core.App) error {
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		programs.Fields.Add(&core.NumberField{Name: "close_after_days", OnlyInt: true, Min: types.Pointer(0.0), Max: types.Pointer(730.0),
			Help: "Days without a meeting or a message after which a pair is offered closing, with a 7-day warning (0: the default, 90)."})
		if err := app.Save(programs); err != nil {
			return err
		}
		if _, err := app.DB().NewQuery("UPDATE programs SET close_after_days = 90").Execute(); err != nil {
			return err
		}
		matches, err := app.FindCollectionByNameOrId("matches")
		if err != nil {
			return err
		}
		matches.Fields.Add(
			&core.DateField{Name: "closing_warned_at", Hidden: true,
				Help: "When the pair was told it may be closed after a long silence (UTC); set by the server."},
			&core.DateField{Name: "closing_kept_at", Hidden: true,
				Help: "When a coordinator kept the warned pair open (UTC); set by the server."},
		)
		if err := app.Save(matches); err != nil {
			return err
		}
		meetings, err := app.FindCollectionByNameOrId("meetings")
		if err != nil {
			return err
		}
		meetings.Fields.Add(&core.TextField{Name: "form_token", Max: 64, Hidden: true,
			Help: "The one-time token of the portal form that proposed the meeting: a second post of that form creates nothing."})
		meetings.AddIndex("idx_meetings_form_token", true, "form_token", "form_token != ''")
		return app.Save(meetings)
	}, func(app core.App) error {
		meetings, err := app.FindCollectionByNameOrId("meetings")
		if err != nil {
			return err
		}
		meetings.RemoveIndex("idx_meetings_form_token")
		meetings.Fields.RemoveByName("form_token")
		if err := app.Save(meetings); err != nil {
			return err
		}
		matches, err := app.FindCollectionByNameOrId("matches")
		if err != nil {
			return err
		}
		matches.Fields.RemoveByName("closing_warned_at")
		matches.Fields.RemoveByName("closing_kept_at")
		if err := app.Save(matches); err != nil {
			return err
		}
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		programs.Fields.RemoveByName("close_after_days")
		return app.Save(programs)
	})
}
