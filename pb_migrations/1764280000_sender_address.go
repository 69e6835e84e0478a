package pb_migrations

import (
	"net"
	"net/url"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// A first start sends mail from mentorbase@<the Application URL's host> instead of
// PocketBase's placeholder support@example.com, a domain whose owner would receive the
// bounces and replies; a host that is no domain name (localhost on a new machine, an IP
// address) gives mentorbase@localhost.localdomain, the mail system's own name for the machine
// (PocketBase refuses an address without a dot). An address an admin already chose stays.
func init() {
	m.Register(func(app core.App) error {
		settings := app.Settings()
		if settings.Meta.SenderAddress != "support@example.com" && settings.Meta.SenderAddress != "" {
			return nil
		}
		host := "localhost.localdomain"
		if u, err := url.Parse(settings.Meta.AppURL); err == nil && strings.Contains(u.Hostname(), ".") && net.ParseIP(u.Hostname()) == nil {
			host = u.Hostname()
		}
		settings.Meta.SenderAddress = "mentorbase@" + host
		return app.Save(settings)
	}, nil)
}
