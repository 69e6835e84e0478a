package ui_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// roadbookFile is the file a road-book form sends, with the Content-Type its part declares;
// an empty name sends none.
type roadbookFile struct {
	name, contentType, content string
}

// roadbookForm encodes the road-book form as the browser sends it (multipart, with the CSRF
// field): the texts as name/value pairs, then the attachment. It returns the body and its
// Content-Type.
func roadbookForm(t testing.TB, file roadbookFile, pairs ...string) (*strings.Reader, string) {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	pairs = append([]string{"csrf", csrf}, pairs...)
	for i := 0; i+1 < len(pairs); i += 2 {
		if err := w.WriteField(pairs[i], pairs[i+1]); err != nil {
			t.Fatal(err)
		}
	}
	if file.name != "" {
		header := textproto.MIMEHeader{}
		header.Set("Content-Disposition", `form-data; name="attachment"; filename="`+file.name+`"`)
		header.Set("Content-Type", file.contentType)
		part, err := w.CreatePart(header)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := part.Write([]byte(file.content)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return strings.NewReader(body.String()), w.FormDataContentType()
}

// roadbookTexts are the four texts of a complete road-book, as form pairs.
var roadbookTexts = []string{
	"professional_project", "Become a patent lawyer",
	"path_and_motivation", "Chemistry degree then law school",
	"strategy", "Network at the bar association",
	"action_plan", "Three informational interviews by June",
}

// roadbookOf is the stored road-book of match, failing the test when there is none.
func roadbookOf(t testing.TB, app core.App, match string) *core.Record {
	t.Helper()
	r, err := app.FindFirstRecordByData("roadbooks", "match", match)
	if err != nil {
		t.Fatalf("no road-book for %s: %v", match, err)
	}
	return r
}

func TestMenteeUploadsTheRoadbookPDFTheMentorDownloadsItOnceSubmitted(t *testing.T) {
	t.Parallel()
	app := seedPairs(t)
	handler := newHandler(t, app)
	sven, marie := cookies(t, mustFind(t, app, "sven")), cookies(t, mustFind(t, app, "marie"))
	matchURL := "/matches/" + wid("matcha")

	body, contentType := roadbookForm(t, roadbookFile{"plan.pdf", "application/pdf", roadbookPDF}, append(roadbookTexts, "save", "1")...)
	rec := do(handler, http.MethodPost, matchURL+"/roadbook", body, map[string]string{"Content-Type": contentType, "Cookie": sven})
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != matchURL+"#roadbook" {
		t.Fatalf("saving the draft: %d %q\n%s", rec.Code, rec.Header().Get("Location"), rec.Body)
	}
	roadbook := roadbookOf(t, app, wid("matcha"))
	name := roadbook.GetString("attachment")
	if !strings.HasPrefix(name, "plan") || !strings.HasSuffix(name, ".pdf") || !roadbook.GetDateTime("submitted_at").IsZero() ||
		roadbook.GetString("strategy") != "Network at the bar association" {
		t.Fatalf("stored draft: attachment %q, submitted %v, strategy %q", name, roadbook.GetDateTime("submitted_at"), roadbook.GetString("strategy"))
	}
	fileURL := "/files/roadbooks/" + roadbook.Id + "/" + name
	if page := do(handler, http.MethodGet, matchURL, nil, map[string]string{"Cookie": marie}); page.Code != http.StatusOK ||
		strings.Contains(page.Body.String(), fileURL) {
		t.Fatalf("the mentor's page (%d) before submission links the draft's attachment", page.Code)
	}
	if got := do(handler, http.MethodGet, fileURL, nil, map[string]string{"Cookie": marie}); got.Code != http.StatusNotFound {
		t.Fatalf("the mentor downloads the draft's attachment: %d", got.Code)
	}

	body, contentType = roadbookForm(t, roadbookFile{}, append(roadbookTexts, "submit", "1")...)
	rec = do(handler, http.MethodPost, matchURL+"/roadbook", body, map[string]string{"Content-Type": contentType, "Cookie": sven})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("submitting: %d\n%s", rec.Code, rec.Body)
	}
	if kept := roadbookOf(t, app, wid("matcha")).GetString("attachment"); kept != name {
		t.Fatalf("submitting without a file replaced the attachment %q with %q", name, kept)
	}
	page := do(handler, http.MethodGet, matchURL, nil, map[string]string{"Cookie": marie})
	if page.Code != http.StatusOK || !strings.Contains(page.Body.String(), `href="`+fileURL+`"`) {
		t.Fatalf("the mentor's page (%d) lacks the link %s", page.Code, fileURL)
	}
	file := do(handler, http.MethodGet, fileURL, nil, map[string]string{"Cookie": marie})
	if file.Code != http.StatusOK || file.Body.String() != roadbookPDF || file.Header().Get("Content-Type") != "application/pdf" {
		t.Fatalf("download: %d %q, %d bytes", file.Code, file.Header().Get("Content-Type"), file.Body.Len())
	}
}

func mustFind(t testing.TB, app core.App, person string) *core.Record {
	t.Helper()
	user, err := app.FindRecordById("users", wid(person))
	if err != nil {
		t.Fatal(err)
	}
	return user
}

// asFrenchSven is sven, who reads the portal in French, on the workspace world.
func asFrenchSven() (map[string]string, func(testing.TB) *tests.TestApp) {
	headers, world := as(seedPairs, "sven")
	return headers, func(t testing.TB) *tests.TestApp {
		app := world(t)
		sven := mustFind(t, app, "sven")
		sven.Set("locale", "fr")
		apptest.Build(t, app).Save(sven)
		return app
	}
}

func TestRoadbookRefusesAnAttachmentThatIsNotPDF(t *testing.T) {
	t.Parallel()
	html := "<!doctype html><html><body><script>alert(1)</script></body></html>"
	cases := []struct {
		name   string
		file   roadbookFile
		french bool
		error  string
	}{
		{"a Windows program", roadbookFile{"setup.exe", "application/x-msdownload", "MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00PE\x00\x00"},
			false, "This type of file is not accepted here."},
		{"a web page", roadbookFile{"plan.html", "text/html", html}, false, "This type of file is not accepted here."},
		{"a web page named and typed as a PDF", roadbookFile{"plan.pdf", "application/pdf", html}, false, "This type of file is not accepted here."},
		{"a web page, in French", roadbookFile{"plan.html", "text/html", html}, true, "Ce type de fichier n&#39;est pas accepté ici."},
	}
	for _, c := range cases {
		headers, factory := as(seedPairs, "sven")
		if c.french {
			headers, factory = asFrenchSven()
		}
		body, contentType := roadbookForm(t, c.file, append(roadbookTexts, "submit", "1")...)
		headers["Content-Type"] = contentType
		(&tests.ApiScenario{
			Name: c.name, Method: http.MethodPost, URL: "/matches/" + wid("matcha") + "/roadbook",
			Body: body, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: http.StatusUnprocessableEntity,
			ExpectedContent: []string{
				`<input id="f-attachment" name="attachment" type="file" accept="application/pdf" aria-describedby="e-attachment" aria-invalid="true">
      <p class="error" id="e-attachment">` + c.error + `</p>`,
				">Become a patent lawyer</textarea>", ">Chemistry degree then law school</textarea>",
				">Network at the bar association</textarea>", ">Three informational interviews by June</textarea>",
			},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if n, _ := app.CountRecords("roadbooks"); n != 0 {
					t.Fatalf("%d road-books stored after a refused attachment", n)
				}
				if n := countMails(t, app, "roadbook_submitted"); n != 0 {
					t.Fatalf("%d mails about a refused road-book", n)
				}
			},
		}).Test(t)
	}
}
