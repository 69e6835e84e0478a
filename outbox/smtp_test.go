package outbox_test

import (
	"bytes"
	"mime"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tools/mailer"

	"github.com/mentorbase/mentorbase/outbox"
)

func TestOutboxInviteCarriesTheCalendarMethod(t *testing.T) {
	for _, tc := range []struct {
		method, wantMethod string
	}{
		{"REQUEST", "REQUEST"},
		{"CANCEL", "CANCEL"},
		{"Q\r\nBcc: a@b.co", ""}, // never a header injection
	} {
		t.Run(tc.method, func(t *testing.T) {
			addr := freeLocalAddr(t)
			server := startSMTPServer(t, addr)
			app := newSMTPApp(t, addr)
			m := inviteMail("mentee@example.org")
			m.ICSMethod = tc.method
			enqueue(t, app, m)
			if sent, _, err := outbox.DeliverDue(app); sent != 1 || err != nil {
				t.Fatalf("DeliverDue sent %d, %v", sent, err)
			}
			got := server.waitMail(t)
			checkLines(t, got.Data)
			header, root := parseMail(t, got.Data)
			if id := header.Get("Message-Id"); !strings.HasSuffix(id, "@mentorbase.test>") {
				t.Errorf("Message-ID = %q, want one in the sender's domain", id)
			}
			if header.Get("MIME-Version") != "1.0" {
				t.Errorf("MIME-Version = %q", header.Get("MIME-Version"))
			}
			if date, err := header.Date(); err != nil || time.Since(date) > time.Hour {
				t.Errorf("Date = %v (%v), want the time of sending", date, err)
			}
			if shape := root.shape(); shape != inviteShape {
				t.Fatalf("structure %s, want %s", shape, inviteShape)
			}
			alternative := root.Parts[0]
			if p := alternative.Parts[0]; p.Body != "Your mentor proposed a meeting." {
				t.Errorf("text part = %+v", p)
			}
			if p := alternative.Parts[1]; !strings.Contains(p.Body, "<b>meeting</b>") {
				t.Errorf("HTML part = %+v", p)
			}
			calendar := alternative.Parts[2]
			if calendar.Params["method"] != tc.wantMethod || calendar.Params["charset"] != "utf-8" {
				t.Errorf("calendar part type parameters %v, want charset=utf-8 method=%q", calendar.Params, tc.wantMethod)
			}
			if calendar.Body != testInvite {
				t.Errorf("calendar part = %q, want the queued invite", calendar.Body)
			}
			if len(got.To) != 1 || bytes.Contains(got.Data, []byte("Bcc:")) {
				t.Errorf("the method reached the headers: to %v", got.To)
			}
			if a := root.Parts[1]; a.Filename != "invite.ics" || a.Disposition != "attachment" || a.Body != testInvite {
				t.Errorf("attachment %q (%s) = %q, want invite.ics with the invite", a.Filename, a.Disposition, a.Body)
			}
		})
	}
}

func TestOutboxInviteKeepsAccentsAndLongLines(t *testing.T) {
	addr := freeLocalAddr(t)
	server := startSMTPServer(t, addr)
	app := newSMTPApp(t, addr)
	app.Settings().Meta.SenderName = "Mentorat Göteborg"
	m := inviteMail("mentee@example.org")
	m.Subject = "Rendez-vous proposé : 10 mars – Åsa"
	m.HTML = "<p>" + strings.Repeat("Une très longue ligne de HTML. ", 200) + "</p>"
	m.ICS = strings.Replace(testInvite, "SUMMARY:First meeting\r\n",
		"SUMMARY:Première rencontre\r\nDESCRIPTION:"+strings.Repeat("é", 1500)+"\r\n", 1)
	enqueue(t, app, m)
	if sent, _, err := outbox.DeliverDue(app); sent != 1 || err != nil {
		t.Fatalf("DeliverDue sent %d, %v", sent, err)
	}

	got := server.waitMail(t)
	checkLines(t, got.Data)
	header, root := parseMail(t, got.Data)
	if subject, err := new(mime.WordDecoder).DecodeHeader(header.Get("Subject")); err != nil || subject != m.Subject {
		t.Errorf("Subject decodes to %q (%v), want %q", subject, err, m.Subject)
	}
	if from, err := header.AddressList("From"); err != nil || len(from) != 1 || from[0].Name != "Mentorat Göteborg" {
		t.Errorf("From = %v (%v), want the sender name with its ö", from, err)
	}
	if html, _ := root.find("text/html"); html.Body != m.HTML {
		t.Errorf("HTML part changed on the way: %d bytes, want %d", len(html.Body), len(m.HTML))
	}
	for _, mediaType := range []string{"text/calendar", "application/ics"} {
		if p, _ := root.find(mediaType); p.Body != m.ICS {
			t.Errorf("%s part is not the queued invite byte for byte", mediaType)
		}
	}
}

func TestOutboxInviteAuthenticatesAsConfigured(t *testing.T) {
	for _, tc := range []struct {
		name, method, wantAuth string
	}{
		{"no method means PLAIN", "", "PLAIN mentorbase"},
		{"PLAIN", mailer.SMTPAuthPlain, "PLAIN mentorbase"},
		{"LOGIN", mailer.SMTPAuthLogin, "LOGIN mentorbase"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			addr := freeLocalAddr(t)
			server := startAuthSMTPServer(t, addr, "mentorbase", "s3cret")
			app := newSMTPApp(t, addr)
			app.Settings().SMTP.Username, app.Settings().SMTP.Password = "mentorbase", "s3cret"
			app.Settings().SMTP.AuthMethod = tc.method
			app.Settings().SMTP.LocalName = "portal.mentorbase.test"
			enqueue(t, app, inviteMail("mentee@example.org"))
			if sent, _, err := outbox.DeliverDue(app); sent != 1 || err != nil {
				t.Fatalf("DeliverDue sent %d, %v", sent, err)
			}
			if got := server.waitMail(t); got.Auth != tc.wantAuth || got.Hello != "portal.mentorbase.test" {
				t.Errorf("authenticated as %q after EHLO %q, want %q after EHLO portal.mentorbase.test",
					got.Auth, got.Hello, tc.wantAuth)
			}
		})
	}
}

func TestOutboxInviteWithWrongPasswordIsRetried(t *testing.T) {
	addr := freeLocalAddr(t)
	startAuthSMTPServer(t, addr, "mentorbase", "s3cret")
	app := newSMTPApp(t, addr)
	app.Settings().SMTP.Username, app.Settings().SMTP.Password = "mentorbase", "wrong"
	queued := enqueue(t, app, inviteMail("mentee@example.org"))
	if sent, failed, err := outbox.DeliverDue(app); sent != 0 || failed != 1 || err != nil {
		t.Fatalf("DeliverDue = %d sent, %d failed, %v; want 0, 1, nil", sent, failed, err)
	}
	record := reload(t, app, queued)
	if record.GetString("status") != outbox.OutboxPending || !strings.Contains(record.GetString("last_error"), "invalid credentials") {
		t.Errorf("status %q last_error %q, want pending with the server's refusal", record.GetString("status"), record.GetString("last_error"))
	}
}
