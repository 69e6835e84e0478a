package outbox

import (
	"context"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// outboxTick is how often the worker looks for due retries when nothing wakes it.
const outboxTick = 10 * time.Second

// outboxShutdownWait bounds how long termination waits for a send in progress, which may last
// up to smtpMessageTimeout: an attempt cut short is retried after its back-off anyway.
const outboxShutdownWait = 15 * time.Second

// Bind runs the worker that delivers queued e-mail while the app serves. Everything it
// needs is in the outbox collection, so mail queued before a restart goes out on the next start.
func Bind(app core.App) {
	w := &outboxWorker{app: app, wake: make(chan struct{}, 1)}
	app.Store().Set(workerKey, w) // for EnqueueMany, whose rows no record hook sees

	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		if err := e.Next(); err != nil {
			return err
		}
		// tests.ApiScenario triggers OnServe without an HTTP server only to build the router;
		// a background sender there would race the test's own assertions and cleanup.
		if e.Server != nil {
			w.start()
		}
		return nil
	})
	app.OnTerminate().BindFunc(func(e *core.TerminateEvent) error {
		w.stop()
		return e.Next()
	})
	// After-success hooks run once the surrounding transaction has committed, so the worker
	// never looks for a record that is not visible yet.
	app.OnRecordAfterCreateSuccess(Collection).BindFunc(func(e *core.RecordEvent) error {
		w.nudge()
		return e.Next()
	})
}

// outboxWorker is the background loop calling deliverDue: right away when started, whenever
// new mail is queued, and every outboxTick for retries.
type outboxWorker struct {
	app  core.App
	wake chan struct{}

	mu     sync.Mutex
	cancel context.CancelFunc
	done   chan struct{}
}

// nudge wakes the worker without blocking; nudges arriving during a pass collapse into one.
func (w *outboxWorker) nudge() {
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// start launches the loop unless it is already running.
func (w *outboxWorker) start() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.done != nil {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	w.cancel, w.done = cancel, make(chan struct{})
	go w.run(ctx, w.done)
}

// stop ends the loop and waits for the pass in progress to finish its current message.
func (w *outboxWorker) stop() {
	w.mu.Lock()
	cancel, done := w.cancel, w.done
	w.cancel, w.done = nil, nil
	w.mu.Unlock()
	if done == nil {
		return
	}
	cancel()
	select {
	case <-done:
	case <-time.After(outboxShutdownWait):
		w.app.Logger().Warn("outbox: worker still sending at shutdown; the attempt will be retried")
	}
}

func (w *outboxWorker) run(ctx context.Context, done chan<- struct{}) {
	defer close(done)
	ticker := time.NewTicker(outboxTick)
	defer ticker.Stop()
	for {
		sent, failed, err := deliverDue(ctx, w.app, time.Now())
		if err != nil {
			w.app.Logger().Error("outbox: delivery pass", "error", err)
		} else if sent+failed > 0 {
			w.app.Logger().Info("outbox: delivery pass", "sent", sent, "failed", failed)
		}
		select {
		case <-ctx.Done():
			return
		case <-w.wake:
		case <-ticker.C:
		}
	}
}
