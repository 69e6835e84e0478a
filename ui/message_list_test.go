package ui_test

import (
	"bytes"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/filesystem"

	"github.com/mentorbase/mentorbase/workspace"
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

// TestReadingTheThreadLeavesItUnreadUntilMarked: the partner's new messages are flagged, with
// a button to mark them read; opening the page (a GET) changes nothing, the button's POST does.
func TestReadingTheThreadLeavesItUnreadUntilMarked(t *testing.T) {
	t.Parallel()
	headers, factory := as(seedWork, "marie")
	(&tests.ApiScenario{Name: "marie reads sven's messages and finds his file", Method: http.MethodGet,
		URL: "/matches/" + wid("matcha") + "/messages", Headers: headers,
		TestAppFactory: func(t testing.TB) *tests.TestApp {
			app := factory(t)
			file, err := filesystem.NewFileFromBytes([]byte("My notes\n"), "Mes notes (v2) été.txt")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := workspace.PostMessage(app, wid("sven"), wid("matcha"), "See the file", []*filesystem.File{file}); err != nil {
				t.Fatal(err)
			}
			return app
		},
		ExpectedStatus: 200, ExpectedContent: []string{"Hello from Sven", "See the file", `class="message unread"`, "new", `href="/files/messages/`,
			`>Mes notes (v2) été.txt</a>`, `action="/matches/` + wid("matcha") + `/messages/read"`},
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if !record(t, app, "messages", wid("msgsven")).GetDateTime("read_at").IsZero() {
				t.Error("opening the page marked the message read")
			}
		}}).Test(t)
	headers, factory = as(seedWork, "marie")
	(&tests.ApiScenario{Name: "marie marks them read", Method: http.MethodPost,
		URL: "/matches/" + wid("matcha") + "/messages/read", Headers: headers, TestAppFactory: factory, Body: form(true),
		ExpectedStatus: http.StatusSeeOther,
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if record(t, app, "messages", wid("msgsven")).GetDateTime("read_at").IsZero() {
				t.Error("the message is still unread")
			}
		}}).Test(t)
	headers, factory = as(seedWork, "marie")
	(&tests.ApiScenario{Name: "marie's reply marks them read", Method: http.MethodPost,
		URL: "/matches/" + wid("matcha") + "/messages", Headers: headers, TestAppFactory: factory,
		Body: form(true, "message_body", "Thank you, Sven"), ExpectedStatus: http.StatusSeeOther,
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if record(t, app, "messages", wid("msgsven")).GetDateTime("read_at").IsZero() {
				t.Error("the message answered is still unread")
			}
		}}).Test(t)
	headers, factory = as(seedWork, "coord")
	(&tests.ApiScenario{Name: "a coordinator's reading leaves it unread", Method: http.MethodGet,
		URL: "/matches/" + wid("matcha") + "/messages", Headers: headers, TestAppFactory: factory,
		ExpectedStatus: 200, ExpectedContent: []string{"Hello from Sven"},
		NotExpectedContent: []string{`action="/matches/` + wid("matcha") + `/messages"`, `/messages/read"`},
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if !record(t, app, "messages", wid("msgsven")).GetDateTime("read_at").IsZero() {
				t.Error("the coordinator marked the message read")
			}
		}}).Test(t)
}

// TestUnreadMessagesAreMailedAtMostHourly: the partner hears of unread messages once, in their
// language; not again within the hour, not again for the same messages, and again for a new
// message after the hour; never once they read them.
func TestUnreadMessagesAreMailedAtMostHourly(t *testing.T) {
	t.Parallel()
	app := seedWork(t)
	now := time.Now()
	notify := func(at time.Time, want int) {
		t.Helper()
		n, err := workspace.NotifyUnreadMessages(app, at)
		if err != nil {
			t.Fatal(err)
		}
		if n != want {
			t.Fatalf("at %s: %d mails queued, want %d", at.Sub(now).Round(time.Minute), n, want)
		}
	}
	notify(now, 1) // sven's message to marie
	mail := queuedMail(t, app, workspace.UnreadMessagesKind, "marie@example.org")
	if mail.GetString("related_id") != wid("matcha") || !strings.Contains(mail.GetString("subject"), "Sven Person wrote to you") {
		t.Errorf("mail %s about %s", mail.GetString("subject"), mail.GetString("related_id"))
	}
	notify(now, 0)
	notify(now.Add(2*time.Hour), 0) // nothing new since the e-mail
	if _, err := workspace.PostMessage(app, wid("sven"), wid("matcha"), "Are you there?", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := workspace.PostMessage(app, wid("marie"), wid("matcha"), "Bonjour Sven", nil); err != nil {
		t.Fatal(err)
	}
	notify(now.Add(30*time.Minute), 1) // sven hears of marie's; marie was told 30 minutes ago
	if !strings.Contains(queuedMail(t, app, workspace.UnreadMessagesKind, "sven@example.org").GetString("subject"), "Marie Person vous a écrit") {
		t.Error("sven's mail is not in French")
	}
	notify(now.Add(61*time.Minute), 1) // marie again, for the new message, after the hour
	if _, err := workspace.MarkRead(app, wid("marie"), wid("matcha")); err != nil {
		t.Fatal(err)
	}
	if _, err := workspace.MarkRead(app, wid("sven"), wid("matcha")); err != nil {
		t.Fatal(err)
	}
	notify(now.Add(5*time.Hour), 0)
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
