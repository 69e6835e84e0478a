package ui_test

import (
	"net/http"
	"testing"
)

func TestEditingAndWithdrawingAnApplication(t *testing.T) {
	t.Parallel()
	w := seedApplication(t, "coordinated")
	application := w.application(t, "eve", "mentor", nil)
	h, eve := newHandler(t, w.app), formHeaders(cookies(t, w.people["eve"]))
	edit := "/applications/" + application.Id + "/edit"

	checkPage(t, "the filled-in form", w.page(t, h, "eve", edit),
		[]string{`value="Acme"`, `value="` + w.tags["networking"] + `" checked`, `id="withdraw-submit"`}, []string{`name="listed_in_directory"`})
	if res := do(h, http.MethodGet, edit, nil, eve); res.Code != http.StatusOK {
		t.Fatalf("edit page: %d", res.Code)
	}
	if res := do(h, http.MethodGet, edit, nil, formHeaders(cookies(t, w.people["ada"]))); res.Code != http.StatusNotFound {
		t.Errorf("someone else's application: %d, want 404", res.Code)
	}
	if res := do(h, http.MethodGet, "/programs/open-call/apply/mentor", nil, eve); res.Header().Get("Location") != edit {
		t.Errorf("applying again leads to %q, want the application", res.Header().Get("Location"))
	}

	res := do(h, http.MethodPost, edit, post("organisation", "Acme Labs", "city", "Paris", "area", "Paris",
		"languages", "en", "meeting_modes", "phone", "consent", "on", "capacity", "3"), eve)
	if res.Code != http.StatusSeeOther {
		t.Fatalf("saving: %d\n%s", res.Code, res.Body)
	}
	saved, _ := w.app.FindRecordById("applications", application.Id)
	if saved.GetString("organisation") != "Acme Labs" || saved.GetInt("capacity") != 3 || saved.GetString("area") != "Paris" {
		t.Errorf("not saved: %q %d %q", saved.GetString("organisation"), saved.GetInt("capacity"), saved.GetString("area"))
	}

	withdraw := "/applications/" + application.Id + "/withdraw"
	if res := do(h, http.MethodPost, withdraw, post(), eve); res.Header().Get("Location") != edit {
		t.Errorf("withdrawing unconfirmed goes to %q", res.Header().Get("Location"))
	}
	if saved, _ := w.app.FindRecordById("applications", application.Id); saved.GetString("status") == "withdrawn" {
		t.Fatal("withdrawn without confirmation")
	}
	if res := do(h, http.MethodPost, withdraw, post("confirm", "on"), eve); res.Code != http.StatusSeeOther || res.Header().Get("Location") != "/me" {
		t.Fatalf("withdrawing: %d %q", res.Code, res.Header().Get("Location"))
	}
	if saved, _ := w.app.FindRecordById("applications", application.Id); saved.GetString("status") != "withdrawn" {
		t.Errorf("status %q, want withdrawn", saved.GetString("status"))
	}
	checkPage(t, "/me after withdrawing", w.page(t, h, "eve", "/me"), []string{say("en", "application.status.withdrawn")}, nil)
}
