package ui_test

import (
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/mentorbase/mentorbase/internal/csvimport"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// An imported applicant follows her letter: she chooses a password from its link, signs in,
// meets the charter on her application's page, accepts it, confirms her consent, and her
// application leaves "imported" for the coordinators' review, acknowledged by one letter.
func TestAnImportedApplicantConfirmsFromHerLetter(t *testing.T) {
	t.Parallel()
	app := portalWorld(t, "intake", seedIntake)
	data, err := os.ReadFile(heldOutExport)
	if err != nil {
		t.Fatal(err)
	}
	table, err := csvimport.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	program, err := app.FindFirstRecordByData(kernel.CollectionPrograms, "slug", "lille")
	if err != nil {
		t.Fatal(err)
	}
	mapping, _ := mentoring.ImportMapping(program, table.Header)
	if _, err := mentoring.Import(app, program, mentoring.ImportInput{Table: table, Role: kernel.RoleMentee, Mapping: mapping, SkipInvalid: true}); err != nil {
		t.Fatal(err)
	}
	handler := newHandler(t, app)
	letter := queuedMail(t, app, mentoring.ImportedKind, "hugo.lefebvre@example.fr")
	link := linkToken.FindString(letter.GetString("text"))
	if !strings.Contains(letter.GetString("subject"), "Mentorat Lille") || link == "" {
		t.Fatalf("the letter: %s\n%s", letter.GetString("subject"), letter.GetString("text"))
	}
	res := do(handler, http.MethodPost, link, form(true, "password", "un mot de passe sûr", "password_confirm", "un mot de passe sûr"), formHeaders(cookies(t, nil)))
	if res.Code != http.StatusSeeOther {
		t.Fatalf("choosing a password: %d", res.Code)
	}
	hugo, err := app.FindAuthRecordByEmail(kernel.CollectionUsers, "hugo.lefebvre@example.fr")
	if err != nil || !hugo.Verified() || !hugo.ValidatePassword("un mot de passe sûr") {
		t.Fatalf("Hugo's account after choosing a password: %v", err)
	}
	application, err := app.FindFirstRecordByData(kernel.CollectionApplications, "user", hugo.Id)
	if err != nil {
		t.Fatal(err)
	}
	edit := "/applications/" + application.Id + "/edit"
	signedIn := formHeaders(cookies(t, hugo))
	if res := do(handler, http.MethodGet, edit, nil, signedIn); res.Code != http.StatusOK || !strings.Contains(res.Body.String(), `id="f-accept"`) {
		t.Fatalf("the application's page does not show the charter first: %d", res.Code)
	}
	res = do(handler, http.MethodPost, "/programs/lille/charter", form(true, "role", "mentee", "accept", "on", "next", edit), signedIn)
	if res.Code != http.StatusSeeOther || res.Header().Get("Location") != edit {
		t.Fatalf("accepting the charter: %d %s", res.Code, res.Header().Get("Location"))
	}
	res = do(handler, http.MethodPost, edit, form(true, "languages", "fr", "meeting_modes", "video", "area", "Nord", "consent", "on"), signedIn)
	if res.Code != http.StatusSeeOther {
		t.Fatalf("confirming: %d", res.Code)
	}
	application, err = app.FindRecordById(kernel.CollectionApplications, application.Id)
	if err != nil || application.GetString("status") == kernel.ApplicationImported || !application.GetBool("consent") {
		t.Fatalf("the application after confirming: %v %v", application, err)
	}
	queuedMail(t, app, "application_received", "hugo.lefebvre@example.fr")
}
