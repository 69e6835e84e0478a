package cli

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// heldOut is a Google Forms export re-saved by a French spreadsheet: French headers,
// semicolons, a byte order mark, an answer on three lines, an invalid address on row 4 and
// an area the programme does not have on row 5.
const heldOut = "../internal/csvimport/testdata/google_forms_fr.csv"

// intakeApp is an application with the programme the held-out export was made for.
func intakeApp(t *testing.T) *tests.TestApp {
	app := apptest.New(t)
	b := apptest.Build(t, app)
	b.Programme("lille", "Mentorat Lille", map[string]any{"languages": []string{"fr"}, "areas": []string{"Nord", "Île-de-France"}})
	b.Tag(kernel.TagInterest, "music", "Music", map[string]any{"label_fr": "Musique"})
	b.Tag(kernel.TagInterest, "outdoor", "Sport, outdoor life", map[string]any{"label_fr": "Sport, plein air"})
	return app
}

// runImportCmd runs the import command with args and returns its exit status and outputs.
func runImportCmd(t *testing.T, app *tests.TestApp, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errs bytes.Buffer
	exitProcess, matchStderr = func(code int) { status = code; panic(exitProcess) }, &errs
	defer func() { exitProcess, matchStderr = os.Exit, os.Stderr }()
	cmd := newImportCmd(app)
	cmd.SetArgs(args)
	cmd.SetOut(&out)
	func() {
		defer func() { _ = recover() }()
		_ = cmd.Execute()
	}()
	return status, out.String(), errs.String()
}

// The held-out export: a dry run reports the two bad rows in French and writes nothing; the
// import stops on them until told to skip them; then three applicants are imported with the
// two questions the guess missed mapped by hand, and importing again changes nothing.
func TestImportTheHeldOutExportThroughTheCommand(t *testing.T) {
	app := intakeApp(t)
	base := []string{"--program", "lille", "--role", "mentee", "--lang", "fr",
		"--map", "Comment préférez-vous vous rencontrer ?=meeting_modes", "--map", "Qu'attendez-vous de votre mentor ?=expectations"}
	status, out, _ := runImportCmd(t, app, append(base, "--dry-run", heldOut)...)
	for _, want := range []string{"Ligne 4, Adresse e-mail : « ines.martin[at]example.fr » n'est pas une adresse e-mail",
		"Ligne 5, Zone géographique : « Rhône » n'est pas une des zones du programme",
		"Ligne 3, Vos centres d'intérêt : réponse inconnue « Cuisine » (ignoré, la ligne est importée)",
		"5 lignes : 3 nouvelles candidatures (3 nouveaux comptes), 0 mises à jour, 0 inchangées, 2 invalides."} {
		if !strings.Contains(out, want) {
			t.Errorf("the dry run does not say %q:\n%s", want, out)
		}
	}
	if status != 1 {
		t.Errorf("dry run status %d, want 1 for invalid rows", status)
	}
	if status, out, _ = runImportCmd(t, app, append(base, heldOut)...); status != 1 || !strings.Contains(out, "Rien n'a été importé") {
		t.Errorf("an import with invalid rows: status %d\n%s", status, out)
	}
	if n, _ := app.CountRecords(kernel.CollectionApplications); n != 0 {
		t.Fatalf("%d applications written before the bad rows were skipped", n)
	}
	if status, out, _ = runImportCmd(t, app, append(base, "--skip-invalid", heldOut)...); status != 0 || !strings.Contains(out, "3 nouvelles candidatures") {
		t.Fatalf("import: status %d\n%s", status, out)
	}
	camille, err := app.FindFirstRecordByData(kernel.CollectionUsers, "email", "camille.dubois@example.fr")
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.FindFirstRecordByData(kernel.CollectionApplications, "user", camille.Id)
	if err != nil || camille.GetString("name") != "Camille Dubois" || camille.GetString("locale") != "fr" ||
		a.GetString("expectations") != "Un regard sur le métier.\nDes conseils pour mon stage ;\net un réseau." ||
		strings.Join(a.GetStringSlice("meeting_modes"), " ") != "in_person video" || len(a.GetStringSlice("interests")) != 2 {
		t.Errorf("Camille: %v %v %v", camille, a, err)
	}
	if status, out, _ = runImportCmd(t, app, append(base, "--skip-invalid", heldOut)...); status != 0 || !strings.Contains(out, "Rien n'a changé") {
		t.Errorf("the second import: status %d\n%s", status, out)
	}
	if n, _ := app.CountRecords(kernel.CollectionOutbox); n != 3 {
		t.Errorf("%d letters, want one per new applicant", n)
	}
	// Next year's export of the same form opens with the columns as corrected.
	program, err := app.FindFirstRecordByData(kernel.CollectionPrograms, "slug", "lille")
	if err != nil {
		t.Fatal(err)
	}
	mapping, lang := mentoring.ImportMapping(program, []string{"Adresse e-mail", "Comment préférez-vous vous rencontrer ?"})
	if mapping[0] != "email" || mapping[1] != "meeting_modes" || lang != "fr" {
		t.Errorf("the programme remembers %q (%s)", mapping, lang)
	}
}

// Bad input on the command line: one line saying what is wrong, status 2, nothing on stdout.
func TestImportRefusesBadInputInOneLine(t *testing.T) {
	app := intakeApp(t)
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"--role", "mentee", heldOut}, "--program SLUG is required"},
		{[]string{"--program", "lille", "--role", "coach", heldOut}, `--role "coach"`},
		{[]string{"--program", "nowhere", "--role", "mentee", heldOut}, `no programme with slug "nowhere"`},
		{[]string{"--program", "lille", "--role", "mentee", "missing.csv"}, "missing.csv"},
		{[]string{"--program", "lille", "--role", "mentee", "--map", "Ville=town", heldOut}, `--map "Ville=town"`},
		{[]string{"--program", "lille", "--role", "mentee", "--map", "Adresse e-mail=-", heldOut}, "adresses e-mail"},
		{[]string{"--program", "lille", "--role", "mentee"}, "give one FILE.csv"},
		{[]string{"--program", "lille", "--colour", heldOut}, "unknown flag"},
	} {
		args := append([]string{"--lang", "fr"}, c.args...)
		status, stdout, stderr := runImportCmd(t, app, args...)
		if status != 2 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, c.says) || stdout != "" {
			t.Errorf("%v: status %d, stderr %q, stdout %q", c.args, status, stderr, stdout)
		}
	}
}
