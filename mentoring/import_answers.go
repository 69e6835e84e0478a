package mentoring

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mentorbase/mentorbase/internal/csvimport"
)

// answer reads one cell into field; several columns of one field (LimeSurvey's options, a
// question in two parts) add up.
func (r *rowReader) answer(row *importRow, field, column, cell string) {
	if cell == "" {
		return
	}
	switch field {
	case "english_ok", "listed_in_directory":
		v, ok := csvimport.Bool(cell)
		if !ok {
			row.problem(column, CodeImportYesNo, false, "value", cell)
		}
		row.answers[field] = v
	case "capacity", "study_year":
		n, err := strconv.Atoi(strings.Fields(cell + " x")[0])
		if limit := map[string]int{"capacity": 20, "study_year": 10}[field]; err != nil || n < 0 || n > limit {
			row.problem(column, CodeImportNumber, false, "value", cell, "max", limit)
		}
		row.answers[field] = n
	case "area":
		if len(r.areas) == 0 {
			r.text(row, field, column, cell) // a programme without areas takes any, as the form does
			return
		}
		key, ok := r.areas[r.normalize(cell)]
		if !ok {
			row.problem(column, CodeImportArea, false, "value", cell)
		}
		row.answers[field] = key
	case "languages", "meeting_modes":
		r.choices(row, field, column, cell, func(v string) string {
			if field == "languages" {
				return r.languages[r.normalize(v)]
			}
			return r.modes[r.normalize(v)]
		})
	default:
		if kind, ok := importTagKinds[field]; ok {
			r.choices(row, field, column, cell, func(v string) string { return r.tags[kind][r.normalize(v)] })
			return
		}
		r.text(row, field, column, cell)
	}
}

// normalize is csvimport.Normalize, remembered: the answers to a multiple choice repeat from
// row to row, and normalising is what reading them costs most.
func (r *rowReader) normalize(s string) string {
	n, ok := r.normal[s]
	if !ok {
		n = csvimport.Normalize(s)
		r.normal[s] = n
	}
	return n
}

// choices splits a multiple choice and keeps the answers known, reporting the others.
func (r *rowReader) choices(row *importRow, field, column, cell string, find func(string) string) {
	values, _ := row.answers[field].([]string)
	for _, v := range csvimport.Choices(cell, func(s string) bool { return find(s) != "" }) {
		if id := find(v); id == "" {
			row.problem(column, CodeImportUnknown, true, "value", v)
		} else if !slices.Contains(values, id) {
			values = append(values, id)
		}
	}
	if max := r.maxSelect[field]; max > 1 && len(values) > max {
		row.problem(column, CodeImportTooMany, false, "max", max)
	}
	if field == "industry" || field == "job_function" {
		if len(values) > 0 {
			row.answers[field] = values[0]
		}
		return
	}
	row.answers[field] = values
}

// text keeps a written answer, two columns of one field as two paragraphs.
func (r *rowReader) text(row *importRow, field, column, cell string) {
	if before, ok := row.answers[field].(string); ok && before != "" {
		cell = before + "\n\n" + cell
	}
	if max := r.maxLen[field]; max > 0 && utf8.RuneCountInString(cell) > max {
		row.problem(column, CodeImportTooLong, false, "max", max)
	}
	row.answers[field] = cell
}
