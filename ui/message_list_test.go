package ui_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/filesystem"

	"github.com/mentorbase/mentorbase/workspace"
)

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
