package outbox_test

import (
	"mime"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/outbox"
)

func TestOutboxMIMEBuilder(t *testing.T) {
	from := mail.Address{Name: "Mentorat Göteborg", Address: "noreply@mentorbase.test"}
	date := time.Date(2026, 3, 1, 9, 30, 0, 0, time.FixedZone("CET", 3600))
	longHTML := "<p>" + strings.Repeat("Un très long paragraphe sans retour à la ligne. ", 100) + "</p>"
	longICS := strings.Replace(testInvite, "SUMMARY:First meeting\r\n",
		"SUMMARY:First meeting\r\nDESCRIPTION:"+strings.Repeat("x", 3000)+"\r\n", 1)
	cases := []struct {
		name      string
		mail      outbox.OutgoingMail
		wantShape string
		// wantLeaves maps a media type to its decoded body.
		wantLeaves map[string]string
	}{
		{
			name:       "text only",
			mail:       outbox.OutgoingMail{Subject: "Welcome", Text: "Hello,\nwelcome aboard."},
			wantShape:  "text/plain",
			wantLeaves: map[string]string{"text/plain": "Hello,\r\nwelcome aboard."},
		},
		{
			name:       "text and HTML",
			mail:       outbox.OutgoingMail{Subject: "Välkommen, Åsa", Text: "Hej Åsa!", HTML: longHTML},
			wantShape:  "multipart/alternative{text/plain, text/html}",
			wantLeaves: map[string]string{"text/plain": "Hej Åsa!", "text/html": longHTML},
		},
		{
			name: "invite",
			mail: outbox.OutgoingMail{Subject: "Rendez-vous proposé : 10 mars", Text: "Un rendez-vous.",
				HTML: "<p>Un rendez-vous.</p>", ICS: longICS, ICSMethod: "request"},
			wantShape: inviteShape,
			wantLeaves: map[string]string{"text/plain": "Un rendez-vous.", "text/html": "<p>Un rendez-vous.</p>",
				"text/calendar": longICS, "application/ics": longICS},
		},
		{
			name:       "invite without HTML",
			mail:       outbox.OutgoingMail{Subject: "Meeting cancelled", Text: "Cancelled.", ICS: testInvite, ICSMethod: "CANCEL"},
			wantShape:  "multipart/mixed{multipart/alternative{text/plain, text/calendar}, application/ics}",
			wantLeaves: map[string]string{"text/plain": "Cancelled.", "text/calendar": testInvite},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := tc.mail
			m.From, m.To, m.Date, m.MessageID = from, "mentee@example.org", date, "abc@mentorbase.test"
			raw, err := outbox.BuildMIME(m)
			if err != nil {
				t.Fatal(err)
			}
			checkLines(t, raw)
			header, root := parseMail(t, raw)
			if got := root.shape(); got != tc.wantShape {
				t.Errorf("structure %s, want %s", got, tc.wantShape)
			}
			for mediaType, want := range tc.wantLeaves {
				if leaf, ok := root.find(mediaType); !ok || leaf.Body != want {
					t.Errorf("%s part = %q (found %v), want %q", mediaType, leaf.Body, ok, want)
				}
			}
			for _, mediaType := range []string{"text/plain", "text/html"} {
				if leaf, ok := root.find(mediaType); ok && (leaf.Params["charset"] != "utf-8" || leaf.Encoding != "quoted-printable") {
					t.Errorf("%s: charset %q, encoding %q", mediaType, leaf.Params["charset"], leaf.Encoding)
				}
			}
			subject, err := new(mime.WordDecoder).DecodeHeader(header.Get("Subject"))
			if err != nil || subject != m.Subject {
				t.Errorf("Subject decodes to %q (%v), want %q", subject, err, m.Subject)
			}
			if got, err := header.AddressList("From"); err != nil || len(got) != 1 || *got[0] != from {
				t.Errorf("From = %v (%v), want %v", got, err, from)
			}
			if got, err := header.Date(); err != nil || !got.Equal(date) {
				t.Errorf("Date = %v (%v), want %v", got, err, date)
			}
			if header.Get("Message-ID") != "<abc@mentorbase.test>" || header.Get("MIME-Version") != "1.0" ||
				header.Get("To") != "<mentee@example.org>" {
				t.Errorf("Message-ID %q, MIME-Version %q, To %q", header.Get("Message-ID"), header.Get("MIME-Version"), header.Get("To"))
			}
		})
	}
}

func TestOutboxMIMEInviteParts(t *testing.T) {
	for _, tc := range []struct{ method, wantType string }{
		{"REQUEST", "text/calendar; charset=utf-8; method=REQUEST"},
		{"cancel", "text/calendar; charset=utf-8; method=CANCEL"},
		{"Q\r\nBcc: a@b.co", "text/calendar; charset=utf-8"}, // never a header injection
	} {
		t.Run(tc.method, func(t *testing.T) {
			raw, err := outbox.BuildMIME(outbox.OutgoingMail{
				From: mail.Address{Address: "noreply@mentorbase.test"}, To: "mentee@example.org",
				Subject: "Meeting", Text: "A meeting.", ICS: testInvite, ICSMethod: tc.method,
			})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(raw), "\r\nContent-Type: "+tc.wantType+"\r\n") || strings.Contains(string(raw), "Bcc:") {
				t.Errorf("no calendar part typed %q in\n%s", tc.wantType, raw)
			}
			_, root := parseMail(t, raw)
			attachment, _ := root.find("application/ics")
			if attachment.Params["name"] != "invite.ics" || attachment.Disposition != "attachment" ||
				attachment.Filename != "invite.ics" || attachment.Encoding != "base64" || attachment.Body != testInvite {
				t.Errorf("attachment = %+v, want invite.ics in base64 with the invite", attachment)
			}
			if calendar, _ := root.find("text/calendar"); calendar.Disposition != "" || calendar.Encoding != "base64" {
				t.Errorf("calendar part disposition %q encoding %q, want inline base64", calendar.Disposition, calendar.Encoding)
			}
		})
	}
}

func TestOutboxMIMERefusesBadAddresses(t *testing.T) {
	for _, tc := range []struct{ name, from, to string }{
		{"recipient with a line break", "noreply@mentorbase.test", "a@b.co\r\nBcc: c@d.co"},
		{"no recipient", "noreply@mentorbase.test", ""},
		{"no sender", "", "mentee@example.org"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := outbox.BuildMIME(outbox.OutgoingMail{
				From: mail.Address{Address: tc.from}, To: tc.to, Subject: "Hi", Text: "Hi",
			}); err == nil {
				t.Error("built a message, want an error")
			}
		})
	}
}
