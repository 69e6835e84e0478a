package outbox

import (
	"bytes"
	"encoding/base64"
	"strings"
	"unicode/utf8"
)

// headerLineLimit is the line length RFC 5322 asks headers to keep to; writeHeader folds at
// spaces to stay within it, far under the hard limit of 998 octets.
const headerLineLimit = 78

// writeHeader writes "name: value" and CRLF, folding the value at its spaces.
func writeHeader(b *bytes.Buffer, name, value string) {
	b.WriteString(name + ":")
	lineLen := len(name) + 1
	for i, word := range strings.Split(value, " ") {
		if i > 0 && word != "" && lineLen+1+len(word) > headerLineLimit {
			b.WriteString("\r\n")
			lineLen = 0
		}
		b.WriteString(" " + word)
		lineLen += 1 + len(word)
	}
	b.WriteString("\r\n")
}

// encodedWordBytes is how many bytes of UTF-8 one encoded word carries: their base64 (52
// characters) plus "=?utf-8?b?" and "?=" is 64, within RFC 2047's 75 and short enough for the
// first word to share a 78-octet line with "Subject: ".
const encodedWordBytes = 39

// encodeHeaderText prepares s for an unstructured header such as Subject. Printable ASCII whose
// words fit on a folded line stays as it is; anything else (é, å, a line break that would start
// a new header, a word too long to fold) becomes RFC 2047 encoded words split between whole
// characters.
func encodeHeaderText(s string) string {
	if isPlainHeaderText(s) {
		return s
	}
	var words []string
	for len(s) > 0 {
		n := min(len(s), encodedWordBytes)
		for n < len(s) && n > 1 && !utf8.RuneStart(s[n]) {
			n--
		}
		words = append(words, "=?utf-8?b?"+base64.StdEncoding.EncodeToString([]byte(s[:n]))+"?=")
		s = s[n:]
	}
	return strings.Join(words, " ")
}

// isPlainHeaderText reports whether s can go into a header unencoded: printable ASCII, no word
// longer than a folded line can hold, and nothing a reader would take for an encoded word.
func isPlainHeaderText(s string) bool {
	for _, word := range strings.Split(s, " ") {
		if len(word) > headerLineLimit-len("Subject: ") {
			return false
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] > '~' {
			return false
		}
	}
	return !strings.Contains(s, "=?")
}
