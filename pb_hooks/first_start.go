package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindFirstStart points a local Application URL at the address `serve` listens on
// (kernel.FollowLocalServer); test servers without an address are left alone. (An HTTPS
// server cannot be told apart here, PocketBase always sets a certificate manager, but it
// listens on a public address, which FollowLocalServer leaves alone.)
func bindFirstStart(app core.App) {
	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		if e.Server != nil {
			if err := kernel.FollowLocalServer(e.App, e.Server.Addr); err != nil {
				return err
			}
		}
		return e.Next()
	})
}
