package ui_test

import (
	"net/http"
	"strings"
	"testing"
)

// TestCookieSignsInAPICalls: the portal's cookie authenticates REST API reads, but a write
// needs the CSRF header too, so another site cannot use the cookie against the API.
func TestCookieSignsInAPICalls(t *testing.T) {
	t.Parallel()
	app, people := seedWorld(t)
	handler := newHandler(t, app)
	ada := people["ada"]
	cookie := cookies(t, ada)

	res := do(handler, http.MethodPost, "/api/collections/users/auth-refresh", nil, map[string]string{"Cookie": cookie})
	if res.Code != http.StatusUnauthorized {
		t.Errorf("write without the CSRF header: %d", res.Code)
	}
	res = do(handler, http.MethodPost, "/api/collections/users/auth-refresh", nil,
		map[string]string{"Cookie": cookie, "X-CSRF-Token": csrf})
	if res.Code != 200 || !strings.Contains(res.Body.String(), ada.Id) {
		t.Errorf("write with the CSRF header: %d %s", res.Code, res.Body)
	}
}
