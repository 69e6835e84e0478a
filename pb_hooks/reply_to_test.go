package pb_hooks_test

import (
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/outbox"
)

// A mail queued about any record of a programme (its application, pair, meeting, message,
// event answer, help request, or the programme itself) answers to the programme's contact,
// whoever queued it; a letter that chose its own Reply-To keeps it, and a mail about nothing
// of a programme (an account) answers to the sender.
func TestMailAboutAProgrammeAnswersToItsContact(t *testing.T) {
	app := apptest.New(t)
	b := apptest.Build(t, app)
	mentor := b.Person("mentor@example.org", "Marie Mentor", "fr")
	mentee := b.Person("mentee@example.org", "Sven Mentee", "sv")
	program := b.Programme("duo", "Duo", map[string]any{"contact_email": "team@duo.example"})
	pair := b.Pair(program.Id, b.Application(program.Id, mentor.Id, "mentor", "approved").Id,
		b.Application(program.Id, mentee.Id, "mentee", "approved").Id, "active")
	meeting := b.Meeting(pair.Id, mentee.Id, time.Now().Add(48*time.Hour), "proposed")
	message := b.Record("messages", map[string]any{"match": pair.Id, "author": mentee.Id, "body": "Hello"})
	event := b.Event(program.Id, "kickoff", "Kickoff", time.Now().Add(72*time.Hour))
	rsvp := b.Record("event_rsvps", map[string]any{"event": event.Id, "user": mentee.Id, "answer": "coming"})
	help := b.Record("support_requests", map[string]any{"user": mentee.Id, "program": program.Id, "topic": "Help", "body": "Please", "status": "open"})

	for _, c := range []struct {
		name    string
		related *core.Record
		chosen  string
		want    string
	}{
		{"the programme", program, "", "team@duo.example"},
		{"a pair", pair, "", "team@duo.example"},
		{"a meeting", meeting, "", "team@duo.example"},
		{"a message", message, "", "team@duo.example"},
		{"an event answer", rsvp, "", "team@duo.example"},
		{"a help request", help, "", "team@duo.example"},
		{"a letter with its own reply-to", pair, "other@duo.example", "other@duo.example"},
		{"an account", mentee, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			queued, err := outbox.Enqueue(app, outbox.Mail{To: "someone@example.org", Locale: "en", Kind: "test",
				Subject: "S", Text: "T", HTML: "<p>T</p>", RelatedCollection: c.related.Collection().Name,
				RelatedID: c.related.Id, ReplyTo: c.chosen})
			if err != nil {
				t.Fatal(err)
			}
			if got := queued.GetString("reply_to"); got != c.want {
				t.Errorf("reply-to %q, want %q", got, c.want)
			}
		})
	}
}
