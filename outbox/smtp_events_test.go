package outbox_test

import (
	"mime"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/outbox"
)

// TestEventInviteArrivesWithItsCalendar: a programme event saved like any client saves it is
// announced by its record hook, and the worker delivers the announcement over SMTP with the
// invite both as the calendar part clients answer and as an invite.ics attachment, in the
// participant's language, with the link that answers without signing in.
func TestEventInviteArrivesWithItsCalendar(t *testing.T) {
	addr := freeLocalAddr(t)
	server := startSMTPServer(t, addr)
	app := newSMTPApp(t, addr)
	app.Settings().Meta.AppURL = "https://mentor.example.org"
	record := func(collection string, data map[string]any) *core.Record {
		t.Helper()
		c, err := app.FindCollectionByNameOrId(collection)
		if err != nil {
			t.Fatal(err)
		}
		r := core.NewRecord(c)
		r.Load(data)
		if collection == "users" {
			r.SetPassword("secret-pass-123")
		}
		if err := app.Save(r); err != nil {
			t.Fatalf("save %s: %v", collection, err)
		}
		return r
	}
	mentee := record("users", map[string]any{"email": "sven@example.org", "name": "Sven", "locale": "sv"})
	now := time.Now().UTC()
	program := record("programs", map[string]any{"slug": "alumni", "name": "Alumni", "languages": []string{"fr", "sv"},
		"timezone": "Europe/Stockholm", "matching_mode": "coordinated", "published": true, "contact_email": "office@example.org",
		"starts_at": now.AddDate(0, 0, -7), "ends_at": now.AddDate(0, 3, 0)})
	record("applications", map[string]any{"program": program.Id, "user": mentee.Id, "role": "mentee", "status": "approved"})
	start := now.AddDate(0, 1, 0).Truncate(time.Hour)
	event := record("events", map[string]any{"program": program.Id, "kind": "kickoff", "title": "Lancement",
		"title_fr": "Lancement", "title_sv": "Uppstart", "starts_at": start, "ends_at": start.Add(2 * time.Hour)})

	if sent, _, err := outbox.DeliverDue(app); sent != 1 || err != nil {
		t.Fatalf("DeliverDue sent %d, %v; want the announcement", sent, err)
	}
	got := server.waitMail(t)
	header, root := parseMail(t, got.Data)
	if subject, err := new(mime.WordDecoder).DecodeHeader(header.Get("Subject")); err != nil || !strings.HasPrefix(subject, "Inbjudan: Uppstart") {
		t.Errorf("subject %q (%v), want the Swedish invitation", subject, err)
	}
	if shape := root.shape(); shape != inviteShape {
		t.Fatalf("structure %s, want %s", shape, inviteShape)
	}
	alternative := root.Parts[0]
	if text := alternative.Parts[0].Body; !strings.Contains(text, "https://mentor.example.org/events/"+event.Id+"/rsvp?s=") || !strings.Contains(text, "&u="+mentee.Id) {
		t.Errorf("the text lacks the answer link:\n%s", text)
	}
	calendarPart := alternative.Parts[2]
	if calendarPart.Params["method"] != "REQUEST" {
		t.Errorf("calendar part %v, want method=REQUEST", calendarPart.Params)
	}
	attachment := root.Parts[1]
	if attachment.Filename != "invite.ics" || attachment.Body != calendarPart.Body {
		t.Errorf("attachment %q differs from the calendar part", attachment.Filename)
	}
	for _, want := range []string{"METHOD:REQUEST", "UID:event-" + event.Id + "@mentor.example.org", "ORGANIZER;CN=Alumni:mailto:office@example.org",
		"SUMMARY:Alumni: Uppstart", "SEQUENCE:0"} {
		if !strings.Contains(strings.ReplaceAll(attachment.Body, "\r\n ", ""), want) {
			t.Errorf("invite lacks %q:\n%s", want, attachment.Body)
		}
	}
}
