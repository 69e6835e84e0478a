package kernel

import (
	"net"
	"net/url"

	"github.com/pocketbase/pocketbase/core"
)

// LocalAppURL is the Application URL a server listening on addr should have when the current
// one, current, points at this machine: the address it listens on, so that the links in
// e-mails and the URLs `demo` prints reach it without anyone editing the setting on a first
// start. ok is false, and the setting stays, when current is a public address (an admin's
// choice) or the server listens on a public interface, whose address only the admin knows.
func LocalAppURL(current, addr string) (string, bool) {
	u, err := url.Parse(current)
	if err != nil || u.Scheme != "http" || u.Path != "" && u.Path != "/" || !isLoopback(u.Hostname()) {
		return "", false
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil || !isLoopback(host) {
		return "", false
	}
	served := "http://" + addr
	if served == current {
		return "", false
	}
	return served, true
}

// FollowLocalServer points app's Application URL at addr, the address its server listens
// on, when LocalAppURL says so.
func FollowLocalServer(app core.App, addr string) error {
	settings := app.Settings()
	served, ok := LocalAppURL(settings.Meta.AppURL, addr)
	if !ok {
		return nil
	}
	settings.Meta.AppURL = served
	return app.Save(settings)
}

// isLoopback says whether host names this machine only.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
