package pb_hooks

import (
	"errors"
	"fmt"
	"net"
	"net/smtp"
	"regexp"
	"strconv"
	"strings"

	"github.com/domodwyer/mailyak/v3"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/mailer"
	"github.com/pocketbase/pocketbase/tools/security"
)

// icsMethodPattern is what an iTIP method looks like (REQUEST, CANCEL); anything else is left
// out of the Content-Type rather than written into a header.
var icsMethodPattern = regexp.MustCompile(`^[A-Z][A-Z-]*$`)

// calendarContentType is the Content-Type of an invite: text/calendar with the iTIP method,
// which Outlook needs to show the invitation with accept and decline buttons, and Gmail and
// Apple Mail use to offer the same.
func calendarContentType(method string) string {
	method = strings.ToUpper(strings.TrimSpace(method))
	if !icsMethodPattern.MatchString(method) {
		return "text/calendar; charset=utf-8"
	}
	return "text/calendar; charset=utf-8; method=" + method
}

// sendInviteOverSMTP sends an outbox record carrying an iCalendar invite over the SMTP server
// of the app's settings. PocketBase's mailer sniffs an attachment's type and cannot add the
// method parameter, so this builds the mailyak client the way tools/mailer/smtp.go does (TLS,
// auth method, local name, Message-ID) and attaches invite.ics with the calendar type. It does
// not pass through OnMailerSend hooks, which could only see a message without that type.
func sendInviteOverSMTP(app core.App, r *core.Record) error {
	cfg := app.Settings().SMTP
	var auth smtp.Auth
	if cfg.Username != "" || cfg.Password != "" {
		if cfg.AuthMethod == mailer.SMTPAuthLogin {
			auth = &loginAuth{cfg.Username, cfg.Password}
		} else {
			auth = smtp.PlainAuth("", cfg.Username, cfg.Password, cfg.Host)
		}
	}
	hostPort := net.JoinHostPort(cfg.Host, strconv.Itoa(cfg.Port))
	yak := mailyak.New(hostPort, auth)
	if cfg.TLS {
		var err error
		if yak, err = mailyak.NewWithTLS(hostPort, auth, nil); err != nil {
			return err
		}
	}
	if cfg.LocalName != "" {
		yak.LocalName(cfg.LocalName)
	}

	meta := app.Settings().Meta
	if meta.SenderName != "" {
		yak.FromName(meta.SenderName)
	}
	yak.From(meta.SenderAddress)
	yak.To(r.GetString("to"))
	yak.Subject(r.GetString("subject"))
	yak.HTML().Set(r.GetString("html"))
	yak.Plain().Set(r.GetString("text"))
	yak.AttachWithMimeType("invite.ics", strings.NewReader(r.GetString("ics")),
		calendarContentType(r.GetString("ics_method")))
	if _, domain, ok := strings.Cut(meta.SenderAddress, "@"); ok {
		yak.AddHeader("Message-ID", fmt.Sprintf("<%s@%s>", security.PseudorandomString(15), domain))
	}
	return yak.Send()
}

// loginAuth is SMTP AUTH LOGIN, which Outlook.com requires, as PocketBase's mailer implements
// it (its type is unexported): credentials go only over TLS or to localhost.
type loginAuth struct {
	username, password string
}

// Start begins AUTH LOGIN, refusing to send credentials in clear text to a remote server.
func (a *loginAuth) Start(server *smtp.ServerInfo) (string, []byte, error) {
	if !server.TLS && server.Name != "localhost" && server.Name != "127.0.0.1" && server.Name != "::1" {
		return "", nil, errors.New("unencrypted connection")
	}
	return "LOGIN", nil, nil
}

// Next answers the server's username and password prompts.
func (a *loginAuth) Next(fromServer []byte, more bool) ([]byte, error) {
	if !more {
		return nil, nil
	}
	switch strings.ToLower(string(fromServer)) {
	case "username:":
		return []byte(a.username), nil
	case "password:":
		return []byte(a.password), nil
	}
	return nil, nil
}
