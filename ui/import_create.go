package ui

import (
	"encoding/base64"
	"errors"
	"io"
	"net/http"
	"strconv"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/csvimport"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// maxImportBytes bounds an uploaded export: 10,000 long answers fit in a few megabytes.
const maxImportBytes = 32 << 20

// importCreate checks an uploaded export (a dry run) and, when the coordinator asks for it,
// imports it. The file travels with the page (base64 in a hidden field) so that correcting a
// column or choosing to skip invalid rows needs no second upload; importing twice (a double
// click) changes nothing the second time, since the import is idempotent.
func (s *server) importCreate(e *core.RequestEvent) error {
	program, ok := managedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if err := e.Request.ParseMultipartForm(maxImportBytes); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		return err
	}
	role := e.Request.PostFormValue("role")
	if role != kernel.RoleMentor {
		role = kernel.RoleMentee
	}
	v, err := newImportView(e.App, program, role, requestLocale(e))
	if err != nil {
		return err
	}
	data, err := uploadedExport(e)
	if err != nil {
		return s.renderImport(e, statusOfForm, v, map[string]string{"file": translate(e, "intake.error.file")}, "")
	}
	v.Data = base64.StdEncoding.EncodeToString(data)
	if v.Table, err = csvimport.Read(data); err != nil {
		return s.renderImport(e, statusOfForm, v, map[string]string{"file": translate(e, "intake.error.unreadable", "reason", err.Error())}, "")
	}
	mapping := postedMapping(e, program, v.Table.Header)
	v.Skip = e.Request.PostFormValue("skip") != ""
	doImport := e.Request.PostFormValue("action") == "import"
	report, err := mentoring.Import(e.App, program, mentoring.ImportInput{Table: v.Table, Role: role, Mapping: mapping,
		DryRun: !doImport, SkipInvalid: v.Skip})
	v.fill(e, mapping, report)
	if err != nil {
		// A refusal of the whole import concerns the columns' mapping: it shows beside it.
		return s.answerRefusal(e, err, func(errs map[string]string) error {
			if whole, ok := errs[""]; ok {
				delete(errs, "")
				errs["map-0"] = whole
			}
			return s.renderImport(e, statusOfForm, v, errs, "")
		})
	}
	return s.renderImport(e, http.StatusOK, v, nil, importNotice(e, report, doImport))
}

// uploadedExport is the file uploaded, or the one carried by the page.
func uploadedExport(e *core.RequestEvent) ([]byte, error) {
	if f, _, err := e.Request.FormFile("file"); err == nil {
		defer f.Close()
		data, err := io.ReadAll(f)
		if err == nil && len(data) == 0 {
			err = errors.New("empty file")
		}
		return data, err
	}
	if carried := e.Request.PostFormValue("data"); carried != "" {
		return base64.StdEncoding.DecodeString(carried)
	}
	return nil, errors.New("no file")
}

// postedMapping is the mapping the page posted for each column, else the programme's
// proposal (a new upload).
func postedMapping(e *core.RequestEvent, program *core.Record, header []string) []string {
	mapping, _ := mentoring.ImportMapping(program, header)
	for i := range mapping {
		if values, ok := e.Request.PostForm["map-"+strconv.Itoa(i)]; ok && len(values) == 1 {
			mapping[i] = values[0]
		}
	}
	return mapping
}

// fill puts the mapping and the report, translated, on the page.
func (v *importView) fill(e *core.RequestEvent, mapping []string, report mentoring.ImportReport) {
	v.Report = &report
	for i, h := range v.Table.Header {
		v.Columns = append(v.Columns, importColumn{Index: i, Header: h, Field: mapping[i]})
	}
	for _, p := range report.Problems {
		v.Problems = append(v.Problems, importProblemRow{Row: p.Row, Column: p.Column, Problem: translate(e, p.Code, p.Args...), Warning: p.Warning})
	}
}

// importNotice says what the import did, or that invalid rows stopped it.
func importNotice(e *core.RequestEvent, r mentoring.ImportReport, imported bool) string {
	counts := []any{"rows", r.Rows, "created", r.Created, "accounts", r.NewAccounts, "updated", r.Updated,
		"unchanged", r.Unchanged, "invalid", r.Invalid, "skipped", r.Skipped}
	switch {
	case !imported:
		return ""
	case r.Written && r.Created+r.Updated == 0:
		return translate(e, "intake.nothing_changed")
	case r.Written:
		return translate(e, "intake.done", counts...)
	}
	return translate(e, "intake.blocked", counts...)
}
