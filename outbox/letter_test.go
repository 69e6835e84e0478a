package outbox_test

import (
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/outbox"
)

// A letter is written in the reader's language down to its punctuation: the plain-text line
// with the link has the space French puts before a colon, and a quote stays the writer's words.
func TestALetterIsWrittenInTheReadersLanguage(t *testing.T) {
	app := apptest.New(t)
	app.Settings().Meta.AppURL = "https://mentor.example.org"
	users, err := app.FindCollectionByNameOrId("users")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ locale, greeting, line string }{
		{"fr", "Bonjour Léa,", " : https://mentor.example.org/me"},
		{"en", "Hello Léa,", ": https://mentor.example.org/me"},
	} {
		to := core.NewRecord(users)
		to.SetEmail("lea@example.org")
		to.Set("name", "Léa")
		mail, err := outbox.QueueLetter(app, to, c.locale, outbox.Letter{
			Kind: "test", Subject: outbox.P("mail.signature"), Paragraphs: []outbox.Phrase{outbox.Quoted("Hi: there")},
			Action: outbox.P("mentoring.mail.action.match"), Link: "/me",
		})
		if err != nil {
			t.Fatal(err)
		}
		text := mail.GetString("text")
		if !strings.HasPrefix(text, c.greeting) || !strings.Contains(text, c.line) || !strings.Contains(text, "> Hi: there") {
			t.Errorf("%s letter:\n%s", c.locale, text)
		}
		if c.locale == "en" && strings.Contains(text, " : https") {
			t.Errorf("the English letter has a French colon:\n%s", text)
		}
	}
}
