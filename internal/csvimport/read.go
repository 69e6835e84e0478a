package csvimport

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"
)

// Table is a CSV file read: its header, its rows with the number a spreadsheet shows them
// at (the header is row 1), and what was found about the file.
type Table struct {
	Header    []string
	Rows      []Row
	Separator rune
	Encoding  string
}

// Row is one answer of the form: its row number and its cells, as many as the header has.
type Row struct {
	Number int
	Cells  []string
}

// ErrEmpty is returned for a file without a header row.
var ErrEmpty = errors.New("the file has no header row")

// separators are the ones exports use: a comma (Google Forms, LimeSurvey), a semicolon
// (Excel in French or Swedish settings, where the comma is the decimal mark) and a tab.
var separators = []rune{',', ';', '\t'}

// Read decodes data (Decode) and parses it as CSV with the separator its header row uses
// most (Sniff). Quotes are read leniently, as spreadsheets write them; blank rows are
// skipped; short rows are padded and long ones cut to the header's width, so a cell is found
// by its column whatever the row.
func Read(data []byte) (*Table, error) {
	text, encoding := Decode(data)
	text = strings.ReplaceAll(text, "\r\n", "\n")
	sep := Sniff(text)
	r := csv.NewReader(strings.NewReader(text))
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = sep, true, -1
	t := &Table{Separator: sep, Encoding: encoding}
	for number := 1; ; number++ {
		cells, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if number == 1 {
			t.Header = trimAll(cells)
			continue
		}
		if blank(cells) {
			continue
		}
		row := make([]string, len(t.Header))
		copy(row, cells)
		t.Rows = append(t.Rows, Row{Number: number, Cells: trimAll(row)})
	}
	if len(t.Header) == 0 || blank(t.Header) {
		return nil, ErrEmpty
	}
	return t, nil
}

// Sniff picks the separator that occurs most often, outside quotes, in the first row of
// text; a comma when none does.
func Sniff(text string) rune {
	counts := map[rune]int{}
	quoted := false
	for _, c := range text {
		if c == '"' {
			quoted = !quoted
		}
		if c == '\n' && !quoted {
			break
		}
		if !quoted {
			counts[c]++
		}
	}
	best := ','
	for _, sep := range separators {
		if counts[sep] > counts[best] {
			best = sep
		}
	}
	return best
}

func trimAll(cells []string) []string {
	for i, c := range cells {
		cells[i] = strings.TrimSpace(c)
	}
	return cells
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
