package pb_hooks

import (
	"context"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// DeliverDueAt runs one delivery pass as if it were the given time, so tests can move the clock
// past a back-off instead of waiting for it.
func DeliverDueAt(app core.App, now time.Time) (sent, failed int, err error) {
	return deliverDue(context.Background(), app, now)
}

// MaxOutboxAttempts exposes the number of attempts after which a message is marked failed.
const MaxOutboxAttempts = maxOutboxAttempts
