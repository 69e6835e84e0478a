package ui_test

import (
	"net/http"
	"strings"
	"testing"
)

// TestPortalPagesCarrySecurityHeaders: portal pages and files get the CSP and its companions;
// the REST API and the dashboard, PocketBase's, do not.
func TestPortalPagesCarrySecurityHeaders(t *testing.T) {
	t.Parallel()
	app, people := seedWorld(t)
	handler := newHandler(t, app)
	for _, path := range []string{"/", "/account", "/reset-password/not-a-token", "/no-such-page"} {
		res := do(handler, http.MethodGet, path, nil, formHeaders(cookies(t, people["ada"])))
		h := res.Header()
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "frame-ancestors 'none'") ||
			h.Get("Referrer-Policy") != "no-referrer" || h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s (%d): headers %v", path, res.Code, h)
		}
	}
	for _, path := range []string{"/api/health", "/api/collections/programs/records"} {
		if res := do(handler, http.MethodGet, path, nil, nil); res.Header().Get("Content-Security-Policy") != "" {
			t.Errorf("%s carries the portal's policy", path)
		}
	}
}
