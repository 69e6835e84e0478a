package pb_hooks_test

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/mailer"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/pb_hooks"
)

// receivedMail is one message accepted by the test SMTP server.
type receivedMail struct {
	Hello string // the client's EHLO name
	Auth  string // "MECHANISM username" when the client authenticated
	From  string
	To    []string
	Data  []byte
}

// smtpSink is a real SMTP server on 127.0.0.1 that hands every accepted message to a channel.
// With a username set it offers AUTH PLAIN and LOGIN and refuses mail from a client that has
// not authenticated with that username and password.
type smtpSink struct {
	received           chan receivedMail
	username, password string
}

func (s *smtpSink) NewSession(c *smtp.Conn) (smtp.Session, error) {
	return &sinkSession{sink: s, mail: receivedMail{Hello: c.Hostname()}}, nil
}

type sinkSession struct {
	sink *smtpSink
	mail receivedMail
}

func (s *sinkSession) Mail(from string, _ *smtp.MailOptions) error {
	if s.sink.username != "" && s.mail.Auth == "" {
		return smtp.ErrAuthRequired
	}
	s.mail.From = from
	return nil
}

func (s *sinkSession) AuthMechanisms() []string { return []string{sasl.Plain, sasl.Login} }

func (s *sinkSession) Auth(mech string) (sasl.Server, error) {
	check := func(username, password string) error {
		if username != s.sink.username || password != s.sink.password {
			return errors.New("invalid credentials")
		}
		s.mail.Auth = mech + " " + username
		return nil
	}
	if mech == sasl.Login {
		return &loginServer{check: check}, nil
	}
	return sasl.NewPlainServer(func(_, username, password string) error { return check(username, password) }), nil
}

// loginServer is the server side of AUTH LOGIN, which go-sasl no longer provides: it prompts
// for the username, then the password, as Outlook.com does.
type loginServer struct {
	username []byte
	prompted int
	check    func(username, password string) error
}

func (l *loginServer) Next(response []byte) ([]byte, bool, error) {
	l.prompted++
	switch l.prompted {
	case 1:
		return []byte("Username:"), false, nil
	case 2:
		l.username = response
		return []byte("Password:"), false, nil
	}
	return nil, true, l.check(string(l.username), string(response))
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

func (s *sinkSession) Reset()        { s.mail = receivedMail{Hello: s.mail.Hello, Auth: s.mail.Auth} }
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
	return serveSMTP(t, addr, &smtpSink{received: make(chan receivedMail, 100)})
}

// startAuthSMTPServer serves SMTP on addr, accepting mail only after AUTH with the credentials.
// Credentials may cross plain TCP here because client and server are on 127.0.0.1.
func startAuthSMTPServer(t *testing.T, addr, username, password string) *smtpSink {
	t.Helper()
	return serveSMTP(t, addr, &smtpSink{received: make(chan receivedMail, 100), username: username, password: password})
}

func serveSMTP(t *testing.T, addr string, sink *smtpSink) *smtpSink {
	t.Helper()
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("smtp listen: %v", err)
	}
	srv := smtp.NewServer(sink)
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = sink.username != ""
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
	if sent, _, err := pb_hooks.DeliverDue(app); sent != 1 || err != nil {
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
			if sent, _, err := pb_hooks.DeliverDue(app); sent != 1 || err != nil {
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
	if sent, failed, err := pb_hooks.DeliverDue(app); sent != 0 || failed != 1 || err != nil {
		t.Fatalf("DeliverDue = %d sent, %d failed, %v; want 0, 1, nil", sent, failed, err)
	}
	record := reload(t, app, queued)
	if record.GetString("status") != pb_hooks.OutboxPending || !strings.Contains(record.GetString("last_error"), "invalid credentials") {
		t.Errorf("status %q last_error %q, want pending with the server's refusal", record.GetString("status"), record.GetString("last_error"))
	}
}
