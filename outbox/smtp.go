package outbox

import (
	"crypto/tls"
	"errors"
	"net/mail"
	"net/smtp"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/mailer"
	"github.com/pocketbase/pocketbase/tools/security"
)

// sendOverSMTP sends an outbox record over the SMTP server of the app's settings, built by
// buildMIME so an invite's calendar part sits inside the multipart/alternative with its iTIP
// method. PocketBase's mailer (mailyak) can neither place a part there nor send a prebuilt body,
// and it has no timeout: a server that accepts the connection and never answers would hold the
// worker forever. So this speaks SMTP itself the way tools/mailer/smtp.go does (same host, port,
// TLS or STARTTLS, auth method and local name), with deadlines, for every message. It does not
// pass through OnMailerSend hooks, which could only see a message without that structure.
func sendOverSMTP(app core.App, r *core.Record) error {
	meta := app.Settings().Meta
	domain := "localhost"
	if _, d, ok := strings.Cut(meta.SenderAddress, "@"); ok {
		domain = d
	}
	msg, err := buildMIME(outgoingMail{
		From:      mail.Address{Name: meta.SenderName, Address: meta.SenderAddress},
		To:        r.GetString("to"),
		ReplyTo:   r.GetString("reply_to"),
		Subject:   r.GetString("subject"),
		Text:      r.GetString("text"),
		HTML:      r.GetString("html"),
		ICS:       r.GetString("ics"),
		ICSMethod: r.GetString("ics_method"),
		Date:      time.Now(),
		MessageID: security.PseudorandomString(15) + "@" + domain,
	})
	if err != nil {
		return err
	}
	return sendSMTP(app.Settings().SMTP, meta.SenderAddress, r.GetString("to"), msg)
}

// sendSMTP delivers msg from one address to one recipient over the configured server. With TLS
// the connection is encrypted from the start; without, it is upgraded by STARTTLS when the server
// offers it, as PocketBase's mailer does. Every step has the deadlines of dialSMTP.
func sendSMTP(cfg core.SMTPConfig, from, to string, msg []byte) error {
	conn, err := dialSMTP(cfg, time.Now())
	if err != nil {
		return err
	}
	defer conn.Close()
	c, err := smtp.NewClient(conn, cfg.Host)
	if err != nil {
		return err
	}
	defer c.Close()
	if cfg.LocalName != "" {
		if err := c.Hello(cfg.LocalName); err != nil {
			return err
		}
	}
	if ok, _ := c.Extension("STARTTLS"); ok && !cfg.TLS {
		if err := c.StartTLS(&tls.Config{ServerName: cfg.Host}); err != nil {
			return err
		}
	}
	if auth := smtpAuth(cfg); auth != nil {
		if err := c.Auth(auth); err != nil {
			return err
		}
	}
	if err := c.Mail(from); err != nil {
		return err
	}
	if err := c.Rcpt(to); err != nil {
		return err
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(msg); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return c.Quit()
}

// smtpAuth is the configured authentication, or nil when no credentials are set.
func smtpAuth(cfg core.SMTPConfig) smtp.Auth {
	if cfg.Username == "" && cfg.Password == "" {
		return nil
	}
	if cfg.AuthMethod == mailer.SMTPAuthLogin {
		return &loginAuth{cfg.Username, cfg.Password}
	}
	return smtp.PlainAuth("", cfg.Username, cfg.Password, cfg.Host)
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
