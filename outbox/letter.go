package outbox

import (
	"bytes"
	"html/template"
	"slices"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/i18n"
)

// Phrase is one sentence of an e-mail: a catalog key with its {placeholder} values, or, when
// Key is empty, Quote: words a person wrote (an invitation message, a reason), never translated.
type Phrase struct {
	Key   string
	Args  []any
	Quote string
}

// P builds the Phrase of key with name/value pairs for its placeholders.
func P(key string, args ...any) Phrase { return Phrase{Key: key, Args: args} }

// Quoted builds the Phrase of a text a person wrote; it is shown as a quotation.
func Quoted(text string) Phrase { return Phrase{Quote: text} }

// Named is words in a language of their own among a phrase's values, such as a programme's
// name in its first language for a recipient it has no name for in theirs: subjects and the
// plain-text part say them as they are (String), the HTML part marks them with their language
// when it is not the letter's, so a screen reader reads them with the right voice.
type Named struct{ Text, Lang string }

// String is the words themselves.
func (n Named) String() string { return n.Text }

// Letter is an e-mail to one person written as phrases, so it is rendered in the recipient's
// language: a greeting, the paragraphs, an optional button (Action) to Link, the paragraphs
// After it, and the signature. It is the one renderer of the application's e-mails.
type Letter struct {
	Kind       string
	Subject    Phrase
	Paragraphs []Phrase
	Action     Phrase
	// Link is a portal path ("/matches/abc") or an absolute URL; a path gets the app URL.
	Link    string
	After   []Phrase
	Related *core.Record
	// ICS is an iCalendar invite sent along (a meeting's), ICSMethod its iTIP METHOD.
	ICS, ICSMethod string
	// ReplyTo is where an answer goes when it is not the sender (a programme's contact).
	ReplyTo string
}

// RecipientLocale is the language to write to user in: their own, else the programme's
// first language, else the fallback.
func RecipientLocale(user *core.Record, programLanguages []string) string {
	if user != nil && i18n.Supported(user.GetString("locale")) {
		return user.GetString("locale")
	}
	if i := slices.IndexFunc(programLanguages, i18n.Supported); i >= 0 {
		return programLanguages[i]
	}
	return i18n.Fallback
}

// QueueLetter renders l in locale and queues it to the e-mail address of to. Call it with the
// transaction's app so the e-mail leaves only if the change it tells about is committed.
func QueueLetter(app core.App, to *core.Record, locale string, l Letter) (*core.Record, error) {
	m, err := l.render(to, locale, app.Settings().Meta.AppURL)
	if err != nil {
		return nil, err
	}
	return Enqueue(app, m)
}

// Render is the e-mail l becomes for to in locale, without queueing it: what a coordinator
// previews before sending.
func Render(app core.App, to *core.Record, locale string, l Letter) (Mail, error) {
	return l.render(to, locale, app.Settings().Meta.AppURL)
}

// render writes l to to in locale as the outbox fields; a Link that is a path is made
// absolute with appURL.
func (l Letter) render(to *core.Record, locale, appURL string) (Mail, error) {
	if !i18n.Supported(locale) {
		locale = i18n.Fallback
	}
	say := func(p Phrase) string { return p.Text(locale) }
	body := letterBody{Lang: locale, Greeting: say(P("mail.greeting", "name", to.GetString("name"))), Signature: say(P("mail.signature"))}
	for _, p := range l.Paragraphs {
		body.Paragraphs = append(body.Paragraphs, p.paragraph(locale))
	}
	for _, p := range l.After {
		body.After = append(body.After, p.paragraph(locale))
	}
	if l.Link != "" {
		body.Link = l.Link
		if strings.HasPrefix(l.Link, "/") {
			body.Link = strings.TrimRight(appURL, "/") + l.Link
		}
		body.Action = say(l.Action)
		body.ActionLine = say(P("mail.action_line", "action", body.Action, "link", body.Link))
	}
	var html bytes.Buffer
	if err := letterHTML.Execute(&html, body); err != nil {
		return Mail{}, err
	}
	m := Mail{
		To: to.Email(), Locale: locale, Kind: l.Kind, Subject: say(l.Subject),
		HTML: html.String(), Text: body.text(), ICS: l.ICS, ICSMethod: l.ICSMethod, ReplyTo: l.ReplyTo,
	}
	if l.Related != nil {
		m.RelatedCollection, m.RelatedID = l.Related.Collection().Name, l.Related.Id
	}
	return m, nil
}

// letterBody holds the translated parts of a letter.
type letterBody struct {
	Lang, Greeting, Action, Link, Signature string
	ActionLine                              string // the plain-text part's "action: link", spaced as locale writes a colon
	Paragraphs, After                       []letterParagraph
}

// letterParagraph is a paragraph as the plain-text part says it and as the HTML part shows
// it (escaped, Named values marked); a quote keeps its line breaks.
type letterParagraph struct {
	Text  string
	HTML  template.HTML
	Quote bool
}

// paragraph is p in locale as both parts of the letter show it.
func (p Phrase) paragraph(locale string) letterParagraph {
	if p.Key == "" {
		return letterParagraph{Text: p.Quote, HTML: template.HTML(template.HTMLEscapeString(p.Quote)), Quote: true}
	}
	marked := slices.Clone(p.Args)
	for i := 1; i < len(marked); i += 2 {
		if n, ok := marked[i].(Named); ok {
			marked[i] = i18n.Marked(locale, n.Text, n.Lang)
		}
	}
	return letterParagraph{Text: p.Text(locale), HTML: messages.Catalog.HTML(locale, p.Key, marked...)}
}

// text is the plain-text part: the same paragraphs, quotes prefixed with "> ".
func (b letterBody) text() string {
	lines := []string{b.Greeting, ""}
	add := func(ps []letterParagraph) {
		for _, p := range ps {
			if p.Quote {
				p.Text = "> " + strings.ReplaceAll(p.Text, "\n", "\n> ")
			}
			lines = append(lines, p.Text, "")
		}
	}
	add(b.Paragraphs)
	if b.Link != "" {
		lines = append(lines, b.ActionLine, "")
	}
	add(b.After)
	return strings.Join(append(lines, b.Signature), "\n")
}

var letterHTML = template.Must(template.New("letter").Parse(`<!doctype html>
<html lang="{{.Lang}}"><body style="font-family: sans-serif; line-height: 1.5; color: #1d2430">
<p>{{.Greeting}}</p>
{{range .Paragraphs}}{{if .Quote}}<blockquote style="margin: 0 0 1em; padding-left: 12px; border-left: 3px solid #c8d0dc; white-space: pre-line">{{.HTML}}</blockquote>{{else}}<p>{{.HTML}}</p>{{end}}
{{end}}{{if .Link}}<p><a href="{{.Link}}" style="display: inline-block; padding: 10px 16px; background: #1f5fa8; color: #ffffff; text-decoration: none; border-radius: 6px">{{.Action}}</a></p>
<p style="font-size: 13px; color: #556070">{{.Link}}</p>
{{end}}{{range .After}}{{if .Quote}}<blockquote style="margin: 0 0 1em; padding-left: 12px; border-left: 3px solid #c8d0dc; white-space: pre-line">{{.HTML}}</blockquote>{{else}}<p>{{.HTML}}</p>{{end}}
{{end}}<p>{{.Signature}}</p>
</body></html>`))

// Text is the phrase in locale.
func (p Phrase) Text(locale string) string {
	if p.Key == "" {
		return p.Quote
	}
	return messages.Catalog.T(locale, p.Key, p.Args...)
}
