package ui_test

import (
	"bytes"
	"encoding/base64"
	"mime/multipart"
	"os"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/kernel"
)

// heldOutExport is a Google Forms export re-saved by a French spreadsheet: French headers,
// semicolons, a byte order mark, an answer on three lines, an invalid address on row 4 and
// an area the programme does not have on row 5.
const heldOutExport = "../internal/csvimport/testdata/google_forms_fr.csv"

// seedIntake is a French programme in two areas, requiring approval, coordinated by coord, with a published
// charter and the interests the held-out export names, and a person who coordinates nothing.
func seedIntake(t testing.TB, app *tests.TestApp) {
	coord := saveWith(t, app, "users", "coord", map[string]any{"email": "coord@example.org", "name": "Claire Coord",
		"password": password, "verified": true, "locale": "fr"})
	saveWith(t, app, "users", "other", map[string]any{"email": "other@example.org", "name": "Olle Other",
		"password": password, "verified": true, "locale": "sv"})
	program := createProgram(t, app, "lille", "Mentorat Lille", true, coord.Id)
	b := apptest.Build(t, app)
	b.Update(program, map[string]any{"languages": []string{"fr"}, "areas": []string{"Nord", "Île-de-France"}, "requires_approval": true})
	b.Charter(program.Id, 1, program.GetDateTime("applications_open_at").Time(), map[string]any{"body_fr": "Je m'engage."})
	b.Tag(kernel.TagInterest, "music", "Music", map[string]any{"label_fr": "Musique"})
	b.Tag(kernel.TagInterest, "outdoor", "Sport, outdoor life", map[string]any{"label_fr": "Sport, plein air"})
}

// importForm is the multipart body of the import page's form: the held-out export as the
// uploaded file (upload) or as the data the page carries, and more fields.
func importForm(t testing.TB, upload bool, pairs ...string) (*bytes.Buffer, string) {
	t.Helper()
	data, err := os.ReadFile(heldOutExport)
	if err != nil {
		t.Fatal(err)
	}
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	fields := append([]string{"csrf", csrf, "role", "mentee"}, pairs...)
	if !upload {
		fields = append(fields, "data", base64.StdEncoding.EncodeToString(data))
	}
	for i := 0; i+1 < len(fields); i += 2 {
		if err := w.WriteField(fields[i], fields[i+1]); err != nil {
			t.Fatal(err)
		}
	}
	if upload {
		part, err := w.CreateFormFile("file", "réponses.csv")
		if err == nil {
			_, err = part.Write(data)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return &body, w.FormDataContentType()
}
