package ui_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/filesystem"

	"github.com/mentorbase/mentorbase/workspace"
)

const roadbookPDF = "%PDF-1.4\n% road-book of pair a\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"

// withSubmittedRoadbook gives pair a a submitted road-book whose PDF attachment is stored as
// plan.pdf, so its portal address is known before the world exists.
func withSubmittedRoadbook(person string) (map[string]string, func(testing.TB) *tests.TestApp) {
	headers, world := as(seedPairs, person)
	return headers, func(t testing.TB) *tests.TestApp {
		app := world(t)
		file, err := filesystem.NewFileFromBytes([]byte(roadbookPDF), "plan.pdf")
		if err != nil {
			t.Fatal(err)
		}
		file.Name = "plan.pdf"
		r := saveWith(t, app, "roadbooks", "roadbooka", map[string]any{"match": wid("matcha"),
			"professional_project": "p", "path_and_motivation": "m", "strategy": "s", "action_plan": "a",
			"submitted_at": time.Now().UTC(), "attachment": file})
		if r.GetString("attachment") != "plan.pdf" {
			t.Fatalf("stored as %q", r.GetString("attachment"))
		}
		return app
	}
}

func TestPairFilesReachOnlyWhoMaySeeTheirRecord(t *testing.T) {
	t.Parallel()
	portal := "/files/roadbooks/" + wid("roadbooka") + "/plan.pdf"
	scenarios := []struct {
		name, person, url string
		status            int
		want              []string
	}{
		{"the mentor downloads the submitted road-book", "marie", portal, 200, []string{"road-book of pair a"}},
		{"the mentee downloads their own road-book", "sven", portal, 200, []string{"road-book of pair a"}},
		{"the programme's coordinator downloads it", "coord", portal, 200, []string{"road-book of pair a"}},
		{"another pair's member gets 404", "bob", portal, 404, []string{"Page not found"}},
		{"a third user gets 404", "other", portal, 404, []string{"Page not found"}},
		{"a visitor is sent to sign in", "visitor", portal, 303, nil},
		{"a name that is not the record's file gets 404", "marie", "/files/roadbooks/" + wid("roadbooka") + "/other.pdf", 404, nil},
		{"a collection without pair files gets 404", "marie", "/files/users/" + wid("marie") + "/plan.pdf", 404, nil},
		{"PocketBase's file URL refuses the protected file without a token", "marie",
			"/api/files/roadbooks/" + wid("roadbooka") + "/plan.pdf", 404, nil},
	}
	for _, sc := range scenarios {
		headers, factory := withSubmittedRoadbook(sc.person)
		s := tests.ApiScenario{Name: sc.name, Method: http.MethodGet, URL: sc.url, Headers: headers,
			TestAppFactory: factory, ExpectedStatus: sc.status, ExpectedContent: sc.want}
		if sc.status != 200 {
			s.NotExpectedContent = []string{"road-book of pair a"}
		}
		s.Test(t)
	}
}

func TestMatchPageLinksTheRoadbookThroughThePortal(t *testing.T) {
	t.Parallel()
	headers, factory := withSubmittedRoadbook("marie")
	(&tests.ApiScenario{Name: "the mentor's page links the attachment", Method: http.MethodGet,
		URL: "/matches/" + wid("matcha"), Headers: headers, TestAppFactory: factory, ExpectedStatus: 200,
		ExpectedContent:    []string{`href="/files/roadbooks/` + wid("roadbooka") + `/plan.pdf"`},
		NotExpectedContent: []string{"/api/files/"},
	}).Test(t)
}

// TestAnAttachmentDownloadsUnderTheNameItsAuthorGave: PocketBase stores "Mon CV été.pdf" as
// mon_cv_t_<random>.pdf; the partner downloads it under its own name, encoded for the header.
func TestAnAttachmentDownloadsUnderTheNameItsAuthorGave(t *testing.T) {
	t.Parallel()
	app := seedWork(t)
	file, err := filesystem.NewFileFromBytes([]byte("%PDF-1.4\n%%EOF\n"), "Mon CV été.pdf")
	if err != nil {
		t.Fatal(err)
	}
	message, err := workspace.PostMessage(app, wid("sven"), wid("matcha"), "My CV", []*filesystem.File{file})
	if err != nil {
		t.Fatal(err)
	}
	stored := message.GetStringSlice("attachments")[0]
	res := do(newHandler(t, app), http.MethodGet, "/files/messages/"+message.Id+"/"+stored, nil,
		map[string]string{"Cookie": cookies(t, record(t, app, "users", wid("marie")))})
	if got := res.Header().Get("Content-Disposition"); res.Code != 200 || got != `inline; filename*=utf-8''Mon%20CV%20%C3%A9t%C3%A9.pdf` {
		t.Errorf("GET %s: %d, Content-Disposition %q", stored, res.Code, got)
	}
}
