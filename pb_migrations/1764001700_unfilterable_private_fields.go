package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Makes what the coordinators alone read unfilterable. An application's other wishes,
// decision message and consent were stripped from responses only, so a partner or a
// directory visitor could rebuild them with prefix filters or sorts; PocketBase refuses
// hidden fields in the filters and sorts of everyone but superusers, and the enrich hook in
// pb_hooks shows them again to the applicant and the coordinators.
//
// E-mail addresses cannot be hidden (PocketBase keeps the field visible and lets any viewer
// filter the e-mails of people who ticked emailVisibility); the portal decides who sees an
// address, so the flag is cleared here and kept cleared by a record hook.
func init() {
	m.Register(func(app core.App) error {
		if err := setPrivateAnswersHidden(app, true); err != nil {
			return err
		}
		_, err := app.DB().NewQuery("UPDATE {{users}} SET [[emailVisibility]] = FALSE").Execute()
		return err
	}, func(app core.App) error {
		// the emailVisibility flags cleared are not restored: the portal never read them
		return setPrivateAnswersHidden(app, false)
	})
}

// setHidden marks the private answers of applications hidden or not. Frozen: the list is what
// this migration hides, whatever later migrations add.
func setPrivateAnswersHidden(app core.App, hidden bool) error {
	applications, err := app.FindCollectionByNameOrId("applications")
	if err != nil {
		return err
	}
	for _, name := range []string{"other_wishes", "decision_message", "consent"} {
		applications.Fields.GetByName(name).SetHidden(hidden)
	}
	return app.Save(applications)
}
