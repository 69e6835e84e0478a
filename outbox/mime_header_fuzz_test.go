package outbox

import (
	"bytes"
	"mime"
	"strings"
	"testing"
)

// FuzzEncodeHeaderText checks that any subject becomes a Subject header of printable ASCII
// lines within 78 octets that a mail reader decodes back to the subject, so no text can
// start a header of its own.
func FuzzEncodeHeaderText(f *testing.F) {
	for _, seed := range []string{
		"", "Meeting proposed: 10 March", "Rendez-vous proposé : 10 mars", "Möte föreslaget – 10 mars",
		"Q\r\nBcc: a@b.co", "line\nbreak", "=?utf-8?b?SGk=?=", strings.Repeat("x", 120),
		strings.Repeat("é", 60), "trailing space ", "  double  spaces  ", "\x00\x7f", "\xff\xfe invalid",
		"emoji 👩‍🏫 and 漢字", "tab\there",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, subject string) {
		encoded := encodeHeaderText(subject)
		var b bytes.Buffer
		writeHeader(&b, "Subject", encoded)
		header := b.String()
		lines := strings.Split(strings.TrimSuffix(header, "\r\n"), "\r\n")
		for k, line := range lines {
			if strings.ContainsAny(line, "\r\n") || len(line) > headerLineLimit {
				t.Fatalf("subject %q: line %q breaks the header", subject, line)
			}
			if k > 0 && !strings.HasPrefix(line, " ") {
				t.Fatalf("subject %q: line %q starts a header of its own", subject, line)
			}
			for i := 0; i < len(line); i++ {
				if line[i] < ' ' || line[i] > '~' {
					t.Fatalf("subject %q: byte %#x in %q", subject, line[i], line)
				}
			}
		}
		decoded, err := new(mime.WordDecoder).DecodeHeader(encoded)
		if err != nil || decoded != subject {
			t.Fatalf("subject %q encodes to %q, which decodes to %q (%v)", subject, encoded, decoded, err)
		}
	})
}
