package ui_test

import (
	"net/http"
	"strings"
	"testing"
)

// TestPasswordResetEndToEnd: forgotten password → e-mail with a portal link in the user's
// language → new password → sign in with it; the link then stops working.
func TestPasswordResetEndToEnd(t *testing.T) {
	t.Parallel()
	app, _ := seedWorld(t)
	handler := newHandler(t, app)
	visitor := formHeaders(cookies(t, nil))

	res := do(handler, http.MethodPost, "/forgot-password", form(true, "email", "ada@example.org"), visitor)
	if res.Code != http.StatusSeeOther {
		t.Fatalf("forgot-password: %d %s", res.Code, res.Body)
	}
	mail := queuedMail(t, app, "password_reset", "ada@example.org")
	if mail.GetString("subject") != "Välj ett nytt lösenord" || !strings.Contains(mail.GetString("text"), appURL+"/reset-password/") {
		t.Fatalf("reset mail: %s / %s", mail.GetString("subject"), mail.GetString("text"))
	}
	link := "/reset-password/" + tokenIn(t, mail.GetString("text"))

	if res := do(handler, http.MethodGet, link, nil, visitor); res.Code != 200 || !strings.Contains(res.Body.String(), `name="password_confirm"`) {
		t.Fatalf("reset form: %d", res.Code)
	}
	res = do(handler, http.MethodPost, link, form(true, "password", "short", "password_confirm", "short"), visitor)
	if res.Code != 422 || !strings.Contains(res.Body.String(), `id="e-password"`) {
		t.Fatalf("a too short password: %d %s", res.Code, res.Body)
	}
	newPassword := "a brand new passphrase"
	res = do(handler, http.MethodPost, link, form(true, "password", newPassword, "password_confirm", newPassword), visitor)
	if res.Code != http.StatusSeeOther || res.Header().Get("Location") != "/login" {
		t.Fatalf("reset: %d %s", res.Code, res.Body)
	}
	res = do(handler, http.MethodPost, "/login", form(true, "email", "ada@example.org", "password", newPassword), visitor)
	if res.Code != http.StatusSeeOther {
		t.Fatalf("sign in with the new password: %d", res.Code)
	}
	if res := do(handler, http.MethodGet, link, nil, visitor); res.Code != http.StatusBadRequest {
		t.Errorf("the used link still works: %d", res.Code)
	}
}
