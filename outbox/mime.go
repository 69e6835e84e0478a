package outbox

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"regexp"
	"strings"
	"time"
)

// outgoingMail is one message as buildMIME sees it. The caller picks Date and MessageID, so
// building is a pure function that tests can check on its own.
type outgoingMail struct {
	From       mail.Address
	To         string
	ReplyTo    string // empty: answers go to From
	Subject    string
	Text, HTML string
	ICS        string
	ICSMethod  string // iTIP method of the invite: REQUEST or CANCEL
	Date       time.Time
	MessageID  string // without the angle brackets
}

// mimeEntity is a rendered MIME entity: its Content-* headers and its encoded body.
type mimeEntity struct {
	header textproto.MIMEHeader
	body   []byte
}

// buildMIME renders m as an RFC 5322 message with CRLF line ends and encoded bodies whose lines
// stay within 76 octets. Its shape follows what m carries:
//
//	text only:    text/plain
//	text + HTML:  multipart/alternative { text/plain, text/html }
//	with invite:  multipart/mixed {
//	                multipart/alternative { text/plain, text/html, text/calendar; method=... },
//	                invite.ics (application/ics attachment) }
//
// The calendar sits inside the alternative because that is where RFC 6047 (iMIP) and Outlook
// look for a meeting request to show with Accept and Decline; the attachment serves clients
// that only offer files, and its application/ics type keeps Outlook from reading it twice.
func buildMIME(m outgoingMail) ([]byte, error) {
	to, err := mail.ParseAddress(m.To)
	if err != nil {
		return nil, fmt.Errorf("recipient %q: %w", m.To, err)
	}
	if _, err := mail.ParseAddress(m.From.Address); err != nil {
		return nil, fmt.Errorf("sender %q: %w", m.From.Address, err)
	}
	root := messageBody(m)

	var b bytes.Buffer
	writeHeader(&b, "From", m.From.String())
	writeHeader(&b, "To", to.String())
	if replyTo, err := mail.ParseAddress(m.ReplyTo); err == nil {
		writeHeader(&b, "Reply-To", replyTo.String())
	}
	writeHeader(&b, "Subject", encodeHeaderText(m.Subject))
	writeHeader(&b, "Date", m.Date.Format(time.RFC1123Z))
	writeHeader(&b, "Message-ID", "<"+m.MessageID+">")
	writeHeader(&b, "MIME-Version", "1.0")
	for _, key := range []string{"Content-Type", "Content-Transfer-Encoding"} {
		if v := root.header.Get(key); v != "" {
			writeHeader(&b, key, v)
		}
	}
	b.WriteString("\r\n")
	b.Write(root.body)
	return b.Bytes(), nil
}

// messageBody is the root entity of m, shaped as buildMIME describes.
func messageBody(m outgoingMail) mimeEntity {
	var alternatives []mimeEntity
	if m.Text != "" || m.HTML == "" {
		alternatives = append(alternatives, textEntity("text/plain", m.Text))
	}
	if m.HTML != "" {
		alternatives = append(alternatives, textEntity("text/html", m.HTML))
	}
	if m.ICS != "" {
		alternatives = append(alternatives, base64Entity(calendarContentType(m.ICSMethod), "", m.ICS))
	}
	content := alternatives[0]
	if len(alternatives) > 1 {
		content = multipartEntity("alternative", alternatives)
	}
	if m.ICS == "" {
		return content
	}
	attachment := base64Entity(`application/ics; name="invite.ics"`, `attachment; filename="invite.ics"`, m.ICS)
	return multipartEntity("mixed", []mimeEntity{content, attachment})
}

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

// textEntity is a UTF-8 text body in quoted-printable, which keeps mostly-ASCII prose readable
// in the raw message while wrapping long lines (an HTML body is often one) at 76 octets.
func textEntity(mediaType, text string) mimeEntity {
	var body bytes.Buffer
	w := quotedprintable.NewWriter(&body)
	w.Write([]byte(text)) // writes to a bytes.Buffer cannot fail
	w.Close()
	return mimeEntity{
		header: textproto.MIMEHeader{
			"Content-Type":              {mime.FormatMediaType(mediaType, map[string]string{"charset": "utf-8"})},
			"Content-Transfer-Encoding": {"quoted-printable"},
		},
		body: body.Bytes(),
	}
}

// base64Entity is a body in base64, which hands the calendar back byte for byte (quoted-printable
// would rewrite its line breaks) in lines of 76 characters. disposition may be empty.
func base64Entity(contentType, disposition, data string) mimeEntity {
	encoded := base64.StdEncoding.EncodeToString([]byte(data))
	var body bytes.Buffer
	for len(encoded) > 76 {
		body.WriteString(encoded[:76] + "\r\n")
		encoded = encoded[76:]
	}
	body.WriteString(encoded)
	header := textproto.MIMEHeader{
		"Content-Type":              {contentType},
		"Content-Transfer-Encoding": {"base64"},
	}
	if disposition != "" {
		header.Set("Content-Disposition", disposition)
	}
	return mimeEntity{header: header, body: body.Bytes()}
}

// multipartEntity joins parts, in order, into a multipart/subtype entity. Its boundary starts
// with "=_", which neither quoted-printable nor base64 can produce, and is short enough for the
// Content-Type header to stay within 78 octets.
func multipartEntity(subtype string, parts []mimeEntity) mimeEntity {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.SetBoundary("=_" + rand.Text()) // valid: base32 letters and digits
	// Writes to a bytes.Buffer cannot fail, so neither can the multipart writer's.
	for _, p := range parts {
		pw, _ := w.CreatePart(p.header)
		pw.Write(p.body)
	}
	w.Close()
	return mimeEntity{
		header: textproto.MIMEHeader{"Content-Type": {
			mime.FormatMediaType("multipart/"+subtype, map[string]string{"boundary": w.Boundary()}),
		}},
		body: body.Bytes(),
	}
}
