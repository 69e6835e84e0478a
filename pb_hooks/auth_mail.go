package pb_hooks

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
	messages "github.com/mentorbase/mentorbase/ui/i18n"
)

// bindAuthMail replaces PocketBase's verification and password-reset e-mails for users: they
// are written in the person's language, link to the portal (/verify/{token},
// /reset-password/{token}) instead of the dashboard, and go through the outbox instead of
// being sent directly. This holds for the portal and for the REST API's request-* endpoints,
// which both end in these mailer hooks. Superusers keep PocketBase's own e-mails.
func bindAuthMail(app core.App) {
	app.OnMailerRecordVerificationSend("users").BindFunc(func(e *core.MailerRecordEvent) error {
		return queueAuthMail(e, authMailVerify)
	})
	app.OnMailerRecordPasswordResetSend("users").BindFunc(func(e *core.MailerRecordEvent) error {
		return queueAuthMail(e, authMailReset)
	})
}

// authMail is one kind of account e-mail: its outbox kind, portal path and catalog keys.
type authMail struct {
	kind, path                    string
	subject, body, action, ignore string
}

var (
	authMailVerify = authMail{kind: "verification", path: "/verify/",
		subject: "mail.verify.subject", body: "mail.verify.body", action: "mail.verify.action", ignore: "mail.verify.ignore"}
	authMailReset = authMail{kind: "password_reset", path: "/reset-password/",
		subject: "mail.reset.subject", body: "mail.reset.body", action: "mail.reset.action", ignore: "mail.reset.ignore"}
)

// queueAuthMail renders the e-mail with the token PocketBase generated and queues it with the
// app of the event, which is the transaction's app when the caller runs in one.
func queueAuthMail(e *core.MailerRecordEvent, kind authMail) error {
	token, _ := e.Meta["token"].(string)
	user := e.Record
	locale := user.GetString("locale")
	if !i18n.Supported(locale) {
		locale = i18n.Fallback
	}
	link := strings.TrimRight(e.App.Settings().Meta.AppURL, "/") + kind.path + token
	t := func(key string, args ...any) string { return messages.Catalog.T(locale, key, args...) }
	body := authMailBody{
		Greeting:  t("mail.greeting", "name", user.GetString("name")),
		Body:      t(kind.body),
		Action:    t(kind.action),
		Ignore:    t(kind.ignore),
		Signature: t("mail.signature"),
		Link:      link,
	}
	var html bytes.Buffer
	if err := authMailHTML.Execute(&html, body); err != nil {
		return err
	}
	_, err := Enqueue(e.App, Mail{
		To:                user.Email(),
		Locale:            locale,
		Kind:              kind.kind,
		Subject:           t(kind.subject),
		HTML:              html.String(),
		Text:              strings.Join([]string{body.Greeting, "", body.Body, link, "", body.Ignore, "", body.Signature}, "\n"),
		RelatedCollection: user.Collection().Name,
		RelatedID:         user.Id,
	})
	return err
}

// authMailBody holds the translated parts of an account e-mail.
type authMailBody struct {
	Greeting, Body, Action, Ignore, Signature, Link string
}

var authMailHTML = template.Must(template.New("auth_mail").Parse(`<!doctype html>
<html><body style="font-family: sans-serif; line-height: 1.5; color: #1d2430">
<p>{{.Greeting}}</p>
<p>{{.Body}}</p>
<p><a href="{{.Link}}" style="display: inline-block; padding: 10px 16px; background: #1f5fa8; color: #ffffff; text-decoration: none; border-radius: 6px">{{.Action}}</a></p>
<p style="font-size: 13px; color: #556070">{{.Link}}</p>
<p>{{.Ignore}}</p>
<p>{{.Signature}}</p>
</body></html>`))
