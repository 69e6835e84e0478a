package outbox_test

import (
	"errors"
	"io"
	"net"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
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
	stallTo            string        // a recipient whose message is never answered after DATA
	release            chan struct{} // closed when the test ends, to let stalled sessions go
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
	if s.sink.stallTo != "" && slices.Contains(s.mail.To, s.sink.stallTo) {
		<-s.sink.release
		return errors.New("stalled")
	}
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

// startStallingSMTPServer serves SMTP on addr but never answers the end of the data of a
// message to stallTo, like a server stuck on one message (a filter hanging on an attachment).
func startStallingSMTPServer(t *testing.T, addr, stallTo string) *smtpSink {
	t.Helper()
	sink := &smtpSink{received: make(chan receivedMail, 100), stallTo: stallTo, release: make(chan struct{})}
	t.Cleanup(func() { close(sink.release) })
	return serveSMTP(t, addr, sink)
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

// newSMTPApp returns a test app whose mail goes over SMTP to addr. The outbox speaks SMTP
// itself from these settings, so tests.TestApp's in-memory TestMailer, which replaces
// PocketBase's mail clients, never sees it.
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
}
