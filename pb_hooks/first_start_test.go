package pb_hooks_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
)

// `serve` on this machine makes the Application URL its own address, so that the links in
// e-mails and the URLs `demo` prints reach it; a public server keeps the admin's.
func TestServeOnThisMachineSetsTheApplicationURL(t *testing.T) {
	for _, c := range []struct{ before, addr, want string }{
		{"http://localhost:8090", "127.0.0.1:8193", "http://127.0.0.1:8193"},
		{"http://localhost:8090", "0.0.0.0:8090", "http://localhost:8090"},
		{"https://mentoring.example.edu", "127.0.0.1:8090", "https://mentoring.example.edu"},
	} {
		app := apptest.New(t)
		settings := app.Settings()
		settings.Meta.AppURL = c.before
		if err := app.Save(settings); err != nil {
			t.Fatal(err)
		}
		event := &core.ServeEvent{App: app, Server: &http.Server{Addr: c.addr}}
		if err := app.OnServe().Trigger(event, func(e *core.ServeEvent) error { return nil }); err != nil {
			t.Fatal(err)
		}
		if got := app.Settings().Meta.AppURL; got != c.want {
			t.Errorf("%s serving on %s: Application URL %q, want %q", c.before, c.addr, got, c.want)
		}
	}
}
