package ui

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// contentSecurityPolicy lets a portal page load only this site's own scripts, styles, images
// and fonts (the templates have no inline script, style or event handler, and htmx is told not
// to inject its indicator style), post forms only here, and be framed by nobody.
const contentSecurityPolicy = "default-src 'self'; base-uri 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'"

// securityHeaders asks the browser to hold portal pages to contentSecurityPolicy, never to
// send their address elsewhere (/account shows the calendar feed's secret, /reset-password/…
// carries a token in its path), not to guess content types, and not to show them in a frame.
// The REST API and the dashboard are PocketBase's, which sets its own.
func securityHeaders() *hook.Handler[*core.RequestEvent] {
	return &hook.Handler[*core.RequestEvent]{
		Id: "mentorbaseSecurityHeaders",
		Func: func(e *core.RequestEvent) error {
			path := e.Request.URL.Path
			if strings.HasPrefix(path, "/api/") || path == "/_" || strings.HasPrefix(path, "/_/") {
				return e.Next()
			}
			h := e.Response.Header()
			h.Set("Content-Security-Policy", contentSecurityPolicy)
			h.Set("Referrer-Policy", "no-referrer")
			h.Set("X-Content-Type-Options", "nosniff")
			h.Set("X-Frame-Options", "DENY")
			return e.Next()
		},
	}
}
