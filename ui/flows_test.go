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

// TestVerificationThroughThePortal: the REST API's request-verification also produces a
// portal link, in the user's language, and the portal confirms the address.
func TestVerificationThroughThePortal(t *testing.T) {
	t.Parallel()
	app, people := seedWorld(t)
	handler := newHandler(t, app)
	ada := people["ada"]
	ada.SetVerified(false)
	if err := app.Save(ada); err != nil {
		t.Fatal(err)
	}

	res := do(handler, http.MethodPost, "/api/collections/users/request-verification",
		strings.NewReader(`{"email":"ada@example.org"}`), map[string]string{"Content-Type": "application/json"})
	if res.Code != http.StatusNoContent {
		t.Fatalf("request-verification: %d %s", res.Code, res.Body)
	}
	mail := eventualMail(t, app, "verification", "ada@example.org")
	if mail.GetString("locale") != "sv" || !strings.Contains(mail.GetString("html"), appURL+"/verify/") {
		t.Fatalf("verification mail: %s", mail.GetString("html"))
	}

	res = do(handler, http.MethodGet, "/verify/"+tokenIn(t, mail.GetString("text")), nil, nil)
	if res.Code != 200 || !strings.Contains(res.Body.String(), "Your e-mail address is confirmed") {
		t.Fatalf("verify: %d %s", res.Code, res.Body)
	}
	ada, _ = app.FindRecordById("users", ada.Id)
	if !ada.Verified() {
		t.Error("the address is not verified")
	}
	if res := do(handler, http.MethodGet, "/verify/not-a-token", nil, map[string]string{"Accept-Language": "fr"}); res.Code != 400 ||
		!strings.Contains(res.Body.String(), "Ce lien ne fonctionne plus") {
		t.Errorf("a bad link: %d", res.Code)
	}
}

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
