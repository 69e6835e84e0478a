package pb_hooks_test

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	"net"
	"net/mail"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/mailer"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/pb_hooks"
)

// receivedMail is one message accepted by the test SMTP server.
type receivedMail struct {
	From string
	To   []string
	Data []byte
}

// smtpSink is a real SMTP server on 127.0.0.1 that hands every accepted message to a channel.
type smtpSink struct {
	received chan receivedMail
}

func (s *smtpSink) NewSession(*smtp.Conn) (smtp.Session, error) {
	return &sinkSession{sink: s}, nil
}

type sinkSession struct {
	sink *smtpSink
	mail receivedMail
}

func (s *sinkSession) Mail(from string, _ *smtp.MailOptions) error {
	s.mail.From = from
	return nil
}

func (s *sinkSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.mail.To = append(s.mail.To, to)
	return nil
}

func (s *sinkSession) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.mail.Data = data
	s.sink.received <- s.mail
	return nil
}

func (s *sinkSession) Reset()        { s.mail = receivedMail{} }
func (s *sinkSession) Logout() error { return nil }

// freeLocalAddr returns a 127.0.0.1 address nothing listens on: an SMTP server that is down.
func freeLocalAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// startSMTPServer serves SMTP on addr until the test ends.
func startSMTPServer(t *testing.T, addr string) *smtpSink {
	t.Helper()
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("smtp listen: %v", err)
	}
	sink := &smtpSink{received: make(chan receivedMail, 100)}
	srv := smtp.NewServer(sink)
	srv.Domain = "localhost"
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	return sink
}

// waitMail returns the next message the server accepts. Delivery takes milliseconds; the
// deadline, below the worker's 10-second tick, fails a test whose mail only a tick would send.
func (s *smtpSink) waitMail(t *testing.T) receivedMail {
	t.Helper()
	select {
	case m := <-s.received:
		return m
	case <-time.After(5 * time.Second):
		t.Fatal("no message reached the SMTP server")
		return receivedMail{}
	}
}

// newSMTPApp returns a test app whose mail goes over SMTP to addr. tests.TestApp swaps every
// mail client for its in-memory TestMailer; a later OnMailerSend handler swaps a real SMTP
// client back in, so messages leave through PocketBase's own SMTP code. Invites leave through
// the outbox's own SMTP client, which reads the same settings.
func newSMTPApp(t *testing.T, addr string) *tests.TestApp {
	t.Helper()
	app := apptest.New(t)
	routeMailOverSMTP(t, app, addr)
	return app
}

func routeMailOverSMTP(t *testing.T, app *tests.TestApp, addr string) {
	t.Helper()
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatal(err)
	}
	s := app.Settings()
	s.Meta.SenderName = "Mentorbase"
	s.Meta.SenderAddress = "noreply@mentorbase.test"
	s.SMTP.Enabled = true
	s.SMTP.Host = host
	s.SMTP.Port, err = strconv.Atoi(port)
	if err != nil {
		t.Fatal(err)
	}
	app.OnMailerSend().BindFunc(func(e *core.MailerEvent) error {
		cfg := e.App.Settings().SMTP
		e.Mailer = &mailer.SMTPClient{Host: cfg.Host, Port: cfg.Port}
		return e.Next()
	})
}

// mimePart is one leaf of a received message, its body decoded.
type mimePart struct {
	ContentType string
	Params      map[string]string // of the Content-Type, e.g. charset and method
	Filename    string
	Body        string
}

// parseMail returns the headers and the leaf parts of a raw message.
func parseMail(t *testing.T, raw []byte) (mail.Header, []mimePart) {
	t.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("parse message: %v", err)
	}
	body, _ := io.ReadAll(msg.Body)
	return msg.Header, leafParts(t, msg.Header.Get("Content-Type"), "", msg.Header.Get("Content-Transfer-Encoding"), body)
}

func leafParts(t *testing.T, contentType, disposition, encoding string, body []byte) []mimePart {
	t.Helper()
	mediaType, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		t.Fatalf("content type %q: %v", contentType, err)
	}
	if !strings.HasPrefix(mediaType, "multipart/") {
		if strings.EqualFold(encoding, "base64") {
			body, err = base64.StdEncoding.DecodeString(strings.Join(strings.Fields(string(body)), ""))
			if err != nil {
				t.Fatalf("base64 part: %v", err)
			}
		}
		_, dparams, _ := mime.ParseMediaType(disposition)
		return []mimePart{{ContentType: mediaType, Params: params, Filename: dparams["filename"], Body: string(body)}}
	}
	var parts []mimePart
	r := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	for {
		p, err := r.NextPart() // decodes quoted-printable itself
		if err == io.EOF {
			return parts
		}
		if err != nil {
			t.Fatalf("multipart: %v", err)
		}
		data, _ := io.ReadAll(p)
		parts = append(parts, leafParts(t, p.Header.Get("Content-Type"), p.Header.Get("Content-Disposition"),
			p.Header.Get("Content-Transfer-Encoding"), data)...)
	}
}

// partOfType returns the first part with the given media type.
func partOfType(parts []mimePart, mediaType string) (mimePart, bool) {
	for _, p := range parts {
		if p.ContentType == mediaType {
			return p, true
		}
	}
	return mimePart{}, false
}

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
			if sent, _, err := pb_hooks.DeliverDue(app); sent != 1 || err != nil {
				t.Fatalf("DeliverDue sent %d, %v", sent, err)
			}
			got := server.waitMail(t)
			header, parts := parseMail(t, got.Data)
			if id := header.Get("Message-Id"); !strings.HasSuffix(id, "@mentorbase.test>") {
				t.Errorf("Message-ID = %q, want one in the sender's domain", id)
			}
			ics, ok := partOfType(parts, "text/calendar")
			if !ok {
				t.Fatalf("no text/calendar part in %+v", parts)
			}
			if ics.Params["method"] != tc.wantMethod || ics.Params["charset"] != "utf-8" {
				t.Errorf("calendar part type parameters %v, want charset=utf-8 method=%q", ics.Params, tc.wantMethod)
			}
			if len(got.To) != 1 || bytes.Contains(got.Data, []byte("Bcc:")) {
				t.Errorf("the method reached the headers: to %v", got.To)
			}
			if ics.Filename != "invite.ics" || ics.Body != testInvite {
				t.Errorf("calendar part %q = %q, want invite.ics with the invite", ics.Filename, ics.Body)
			}
			if p, ok := partOfType(parts, "text/plain"); !ok || p.Body != "Your mentor proposed a meeting." {
				t.Errorf("text part = %+v", p)
			}
			if p, ok := partOfType(parts, "text/html"); !ok || !strings.Contains(p.Body, "<b>meeting</b>") {
				t.Errorf("HTML part = %+v", p)
			}
		})
	}
}
