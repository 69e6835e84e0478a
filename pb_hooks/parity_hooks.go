package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"
)

// bindParity makes a change through the REST API or the dashboard refuse what the same change
// through the portal refuses, and record what the portal records: members stay within the
// portal's actions, who ended a pair is named, a message stays its author's, an acceptance
// carries the server's time. What a change causes (its letters) is no request's business:
// the record hooks of bindMails queue it for every client alike.
func bindParity(app core.App) {
	bindMemberLimits(app)
	bindEndedBy(app)
	bindMessageParity(app)
	bindAcceptanceDate(app)
}
