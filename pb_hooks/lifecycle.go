package pb_hooks

import (
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/mentoring"
)

// bindLifecycle binds the rules of applications and matches that hold for the portal, the
// REST API and the dashboard alike: the charter gate, mentor capacity, the allowed status
// changes, and the cron job that expires invitations.
func bindLifecycle(app core.App) {
	bindCharterGate(app)
	bindCapacity(app)
	bindTransitions(app)
	app.Cron().MustAdd("mentorbase_expire_invitations", "*/10 * * * *", func() {
		if n, err := mentoring.ExpireInvitations(app, time.Now()); err != nil {
			app.Logger().Error("expire invitations", "error", err, "expired", n)
		}
	})
}

// ruleError is a field error whose code is a catalog key and whose message is its English
// text, as the REST API and the dashboard show it.
func ruleError(field, code string, args ...any) validation.Errors {
	return validation.Errors{field: validation.NewError(code, messages.Catalog.T(i18n.Fallback, code, args...))}
}
