package ui_test

import (
	"net/http"
	"strings"
	"testing"
)

// TestVerificationThroughThePortal: the REST API's request-verification also produces a
// portal link, in the user's language, and the portal confirms the address in that language.
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

	// Opened in a browser that asks for English, the page speaks ada's Swedish, as the mail did.
	res = do(handler, http.MethodGet, "/verify/"+tokenIn(t, mail.GetString("text")), nil, map[string]string{"Accept-Language": "en"})
	if res.Code != 200 || !strings.Contains(res.Body.String(), "Din e-postadress är bekräftad") {
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
