package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindFirstStart points a local Application URL at the address `serve` listens on
// (kernel.FollowLocalServer), before the server prints it; HTTPS servers, whose public name
// only the admin knows, and test servers without an address are left alone.
func bindFirstStart(app core.App) {
	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		if e.Server != nil && e.CertManager == nil {
			if err := kernel.FollowLocalServer(e.App, e.Server.Addr); err != nil {
				return err
			}
		}
		return e.Next()
	})
}
