package pb_hooks

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	messages "github.com/mentorbase/mentorbase/ui/i18n"
)

// workspaceMail is an e-mail about a pair's work (meetings, road-book): catalog keys of its
// subject, sentence and button, their placeholder values, and the portal link.
type workspaceMail struct {
	locale, subject, body, action, link string
	args                                []any
}

// render translates the mail for person and fills the outbox fields every such mail shares.
func (w workspaceMail) render(person *core.Record) (Mail, error) {
	t := func(key string, args ...any) string { return messages.Catalog.T(w.locale, key, args...) }
	parts := struct{ Greeting, Body, Action, Link, Signature string }{
		Greeting:  t("mail.greeting", "name", person.GetString("name")),
		Body:      t(w.body, w.args...),
		Action:    t(w.action),
		Link:      w.link,
		Signature: t("mail.signature"),
	}
	var html bytes.Buffer
	if err := workspaceMailHTML.Execute(&html, parts); err != nil {
		return Mail{}, err
	}
	return Mail{
		To:      person.Email(),
		Locale:  w.locale,
		Subject: t(w.subject, w.args...),
		HTML:    html.String(),
		Text:    strings.Join([]string{parts.Greeting, "", parts.Body, "", parts.Action + ": " + parts.Link, "", parts.Signature}, "\n"),
	}, nil
}

var workspaceMailHTML = template.Must(template.New("workspace_mail").Parse(`<!doctype html>
<html><body style="font-family: sans-serif; line-height: 1.5; color: #1d2430">
<p>{{.Greeting}}</p>
<p>{{.Body}}</p>
<p><a href="{{.Link}}" style="display: inline-block; padding: 10px 16px; background: #1f5fa8; color: #ffffff; text-decoration: none; border-radius: 6px">{{.Action}}</a></p>
<p>{{.Signature}}</p>
</body></html>`))
