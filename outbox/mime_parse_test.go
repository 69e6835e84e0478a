package outbox_test

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"
	"testing"
)

// mimeNode is one entity of a received message: a multipart with its parts, or a leaf with its
// body decoded from its transfer encoding.
type mimeNode struct {
	MediaType   string
	Params      map[string]string // of the Content-Type, e.g. charset and method
	Encoding    string            // the Content-Transfer-Encoding as sent
	Disposition string
	Filename    string
	Body        string
	Parts       []mimeNode
}

// parseMail returns the headers and the body tree of a raw message.
func parseMail(t *testing.T, raw []byte) (mail.Header, mimeNode) {
	t.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("parse message: %v", err)
	}
	body, err := io.ReadAll(msg.Body)
	if err != nil {
		t.Fatal(err)
	}
	return msg.Header, parseEntity(t, textproto.MIMEHeader(msg.Header), body)
}

func parseEntity(t *testing.T, header textproto.MIMEHeader, body []byte) mimeNode {
	t.Helper()
	mediaType, params, err := mime.ParseMediaType(header.Get("Content-Type"))
	if err != nil {
		t.Fatalf("content type %q: %v", header.Get("Content-Type"), err)
	}
	n := mimeNode{MediaType: mediaType, Params: params, Encoding: header.Get("Content-Transfer-Encoding")}
	if strings.HasPrefix(mediaType, "multipart/") {
		r := multipart.NewReader(bytes.NewReader(body), params["boundary"])
		for {
			p, err := r.NextRawPart() // leaves the transfer encoding for decodeBody to check
			if err == io.EOF {
				return n
			}
			if err != nil {
				t.Fatalf("multipart: %v", err)
			}
			data, err := io.ReadAll(p)
			if err != nil {
				t.Fatal(err)
			}
			n.Parts = append(n.Parts, parseEntity(t, p.Header, data))
		}
	}
	disposition, dparams, _ := mime.ParseMediaType(header.Get("Content-Disposition"))
	n.Disposition, n.Filename = disposition, dparams["filename"]
	n.Body = decodeBody(t, n.Encoding, body)
	return n
}

func decodeBody(t *testing.T, encoding string, body []byte) string {
	t.Helper()
	switch strings.ToLower(encoding) {
	case "base64":
		data, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(string(body)), ""))
		if err != nil {
			t.Fatalf("base64 body: %v", err)
		}
		return string(data)
	case "quoted-printable":
		data, err := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(body)))
		if err != nil {
			t.Fatalf("quoted-printable body: %v", err)
		}
		return string(data)
	}
	return string(body)
}

// shape is the tree of media types, e.g. "multipart/alternative{text/plain, text/html}".
func (n mimeNode) shape() string {
	if len(n.Parts) == 0 {
		return n.MediaType
	}
	shapes := make([]string, len(n.Parts))
	for i, p := range n.Parts {
		shapes[i] = p.shape()
	}
	return n.MediaType + "{" + strings.Join(shapes, ", ") + "}"
}

// find returns the first entity of the given media type, depth first.
func (n mimeNode) find(mediaType string) (mimeNode, bool) {
	if n.MediaType == mediaType {
		return n, true
	}
	for _, p := range n.Parts {
		if found, ok := p.find(mediaType); ok {
			return found, true
		}
	}
	return mimeNode{}, false
}

// inviteShape is the structure RFC 6047 and Outlook expect of a meeting request.
const inviteShape = "multipart/mixed{multipart/alternative{text/plain, text/html, text/calendar}, application/ics}"

// checkLines fails when raw has a line over SMTP's 998-octet limit or a bare LF or CR.
func checkLines(t *testing.T, raw []byte) {
	t.Helper()
	lines := strings.Split(string(raw), "\r\n")
	for i, line := range lines {
		if len(line) > 998 || strings.ContainsAny(line, "\r\n") {
			t.Errorf("line %d: %d octets, bare CR/LF %v", i+1, len(line), strings.ContainsAny(line, "\r\n"))
		}
	}
}
