package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"
)

// workspaceMail is an e-mail about a pair's work as catalog keys of its subject, sentence and
// button, their placeholder values, and the portal link. The road-book mail still writes it;
// it renders as a Letter, the one renderer of the application's e-mails.
type workspaceMail struct {
	locale, subject, body, action, link string
	args                                []any
}

// render translates the mail for person into the outbox fields.
func (w workspaceMail) render(person *core.Record) (Mail, error) {
	l := Letter{Subject: P(w.subject, w.args...), Paragraphs: []Phrase{P(w.body, w.args...)}, Action: P(w.action), Link: w.link}
	return l.render(person, w.locale, "")
}
