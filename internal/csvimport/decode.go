// Package csvimport reads the CSV exports of web forms (Google Forms, Microsoft Forms,
// LimeSurvey) as they come: it finds their encoding and separator, parses quoted fields that
// span lines, and recognises their headers, in English, French or Swedish, as the fields of
// an application. It knows nothing of the database: mentoring.Import checks and saves rows.
package csvimport

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Encodings a file may come in, as Decode names them.
const (
	UTF8        = "UTF-8"
	UTF8BOM     = "UTF-8 (BOM)"
	UTF16       = "UTF-16"
	Windows1252 = "Windows-1252"
)

// Decode turns the bytes of a CSV file into text and says which encoding it found: UTF-8
// with or without a byte order mark, UTF-16 with one (Excel's "Unicode text"), and otherwise
// Windows-1252, what Excel on Windows writes as "CSV" in western Europe. Any byte sequence
// decodes as Windows-1252, so Decode never fails; a file that is not UTF-8 is taken as the
// likeliest other encoding rather than refused.
func Decode(data []byte) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return string(data[3:]), UTF8BOM
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		text, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(data)
		if err == nil {
			return string(text), UTF16
		}
	case utf8.Valid(data):
		return string(data), UTF8
	}
	text, _ := charmap.Windows1252.NewDecoder().Bytes(data) // total: every byte is a character
	return string(text), Windows1252
}
