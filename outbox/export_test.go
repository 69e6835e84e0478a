package outbox

import (
	"context"
	"testing"
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

// SetSMTPTimeouts shortens the SMTP deadlines until the test ends. Tests calling it must not
// run in parallel.
func SetSMTPTimeouts(t *testing.T, step, message time.Duration) {
	oldStep, oldMessage := smtpStepTimeout, smtpMessageTimeout
	smtpStepTimeout, smtpMessageTimeout = step, message
	t.Cleanup(func() { smtpStepTimeout, smtpMessageTimeout = oldStep, oldMessage })
}

// WorkerWoken says whether the app's worker was nudged since the last call, and takes the nudge.
func WorkerWoken(app core.App) bool {
	w, ok := app.Store().Get(workerKey).(*outboxWorker)
	if !ok {
		return false
	}
	select {
	case <-w.wake:
		return true
	default:
		return false
	}
}
