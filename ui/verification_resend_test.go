package ui_test

import (
	"net/http"
	"strings"
	"testing"
)

// TestResendVerificationFromTheAccountPage queues a new mail for an unverified user.
func TestResendVerificationFromTheAccountPage(t *testing.T) {
	t.Parallel()
	app, people := seedWorld(t)
	other := people["other"]
	other.SetVerified(false)
	if err := app.Save(other); err != nil {
		t.Fatal(err)
	}
	handler := newHandler(t, app)
	page := do(handler, http.MethodGet, "/account", nil, map[string]string{"Cookie": cookies(t, other)}).Body.String()
	if !strings.Contains(page, `action="/account/verification"`) {
		t.Fatal("no resend button for an unverified address")
	}
	res := do(handler, http.MethodPost, "/account/verification", form(true), formHeaders(cookies(t, other)))
	if res.Code != http.StatusSeeOther {
		t.Fatalf("resend: %d", res.Code)
	}
	queuedMail(t, app, "verification", "other@example.org")
}
