package ui_test

import (
	"net/http"
	"testing"
)

// TestForgotPasswordDoesNotRevealAccounts: an unknown address gets the same answer and no mail.
func TestForgotPasswordDoesNotRevealAccounts(t *testing.T) {
	t.Parallel()
	app, _ := seedWorld(t)
	res := do(newHandler(t, app), http.MethodPost, "/forgot-password", form(true, "email", "nobody@example.org"), formHeaders(cookies(t, nil)))
	total, _ := app.CountRecords("outbox")
	if res.Code != http.StatusSeeOther || total != 0 {
		t.Errorf("%d, %d mails queued", res.Code, total)
	}
}
