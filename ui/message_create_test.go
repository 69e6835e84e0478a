package ui_test

import (
	"bytes"
	"net/http"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tests"
)

// TestMessagesTakeLimitedFiles: a message goes to the thread with its files; a file too big or
// of a refused type comes back as a translated error beside the file input and nothing is
// stored.
func TestMessagesTakeLimitedFiles(t *testing.T) {
	t.Parallel()
	url := "/matches/" + wid("matcha") + "/messages"
	pdf := []byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
	zip := append([]byte("PK\x03\x04"), bytes.Repeat([]byte{0}, 64)...)
	big := bytes.Repeat([]byte("a"), 10<<20+1)
	type post struct {
		name, body string
		files      []upload
		status     int
		want       []string
		stored     int64 // messages of pair a afterwards
	}
	posts := []post{
		{"a message with a PDF", "Here is my CV", []upload{{"cv.pdf", pdf}}, http.StatusSeeOther, nil, 2},
		{"a file over 10 MB is refused, in the author's language", "Big file", []upload{{"big.txt", big}},
			http.StatusUnprocessableEntity, []string{"Un fichier est trop volumineux", ">Big file</textarea>"}, 1},
		{"an archive is refused", "Archive", []upload{{"files.zip", zip}},
			http.StatusUnprocessableEntity, []string{"Ce type de fichier ne peut pas être joint"}, 1},
		{"an empty message is refused", "  ", nil, http.StatusUnprocessableEntity, []string{`id="f-message_body"`, "Veuillez corriger"}, 1},
	}
	for _, p := range posts {
		headers, factory := as(seedWork, "sven")
		s := tests.ApiScenario{Name: p.name, Method: http.MethodPost, URL: url, Headers: headers,
			ExpectedStatus: p.status, ExpectedContent: htmlUnlessRedirect(p.status, p.want),
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				messages, _ := app.FindAllRecords("messages", dbx.HashExp{"match": wid("matcha")})
				if int64(len(messages)) != p.stored {
					t.Fatalf("%d messages, want %d", len(messages), p.stored)
				}
				if p.stored == 2 {
					m, _ := app.FindFirstRecordByData("messages", "body", "Here is my CV")
					if m == nil || len(m.GetStringSlice("attachments")) != 1 {
						t.Error("the message or its PDF was not stored")
					}
				}
			}}
		s.TestAppFactory = func(t testing.TB) *tests.TestApp {
			app := factory(t)
			body, contentType := multipartForm(t, p.files, "message_body", p.body)
			s.Body = body
			headers["Content-Type"] = contentType
			return app
		}
		s.Test(t)
	}
}
