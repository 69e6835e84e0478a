// Package csvexport writes tables as CSV files that spreadsheets open as they are: UTF-8 with
// a byte order mark (without it Excel reads the accents of "Léa" or "Åsa" as Latin-1), CRLF
// line ends, and no cell a spreadsheet would run as a formula.
package csvexport

import (
	"encoding/csv"
	"io"
)

// bom is the UTF-8 byte order mark, which tells Excel and LibreOffice the file's encoding.
const bom = "\ufeff"

// Write writes header and rows to w as CSV, each cell made inert by Neutralise.
func Write(w io.Writer, header []string, rows [][]string) error {
	if _, err := io.WriteString(w, bom); err != nil {
		return err
	}
	out := csv.NewWriter(w)
	out.UseCRLF = true
	for _, row := range append([][]string{header}, rows...) {
		cells := make([]string, len(row))
		for i, cell := range row {
			cells[i] = Neutralise(cell)
		}
		if err := out.Write(cells); err != nil {
			return err
		}
	}
	out.Flush()
	return out.Error()
}

// Neutralise prefixes with an apostrophe a cell that a spreadsheet would read as a formula
// (one starting with =, +, -, @, or a tab or carriage return before one): a participant's
// answer "=HYPERLINK(…)" must stay text in the coordinator's spreadsheet (CSV injection).
// The apostrophe shows in the cell, which is the price of opening the file safely anywhere.
func Neutralise(cell string) string {
	if cell == "" {
		return cell
	}
	switch cell[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + cell
	}
	return cell
}
