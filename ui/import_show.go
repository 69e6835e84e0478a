package ui

import (
	"net/http"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/csvimport"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// importView is the import page: the upload form, and once a file is read, its columns with
// the field each goes into, the problems of its rows and what importing would do.
type importView struct {
	Slug, Name, Role string
	NameLang         string // of Name (own_words.go marks it when not the page's)
	// Waiting is how many imported applicants have not confirmed yet.
	Waiting int
	// Data is the uploaded file, base64, carried from one check to the next.
	Data     string
	Table    *csvimport.Table
	Columns  []importColumn
	Fields   []string
	Report   *mentoring.ImportReport
	Skip     bool
	Problems []importProblemRow
}

// importColumn is one column of the file and the field it goes into.
type importColumn struct {
	Index         int
	Header, Field string
}

// importProblemRow is one problem as the page lists it, translated.
type importProblemRow struct {
	Row             int
	Column, Problem string
	Warning         bool
}

// importShow is the import page of a programme, for its coordinators and superusers.
func (s *server) importShow(e *core.RequestEvent) error {
	program, ok := managedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	v, err := newImportView(e.App, program, kernel.RoleMentee, requestLocale(e))
	if err != nil {
		return err
	}
	return s.renderImport(e, http.StatusOK, v, nil, "")
}

func newImportView(app core.App, program *core.Record, role, locale string) (*importView, error) {
	waiting, err := app.CountRecords(kernel.CollectionApplications,
		dbx.HashExp{"program": program.Id, "status": kernel.ApplicationImported})
	name, nameLang := mentoring.ProgramText(program, "name", locale)
	return &importView{Slug: program.GetString("slug"), Name: name, NameLang: nameLang, Role: role,
		Waiting: int(waiting), Fields: csvimport.Fields}, err
}

// renderImport renders the page with errs beside their fields and notice above it.
func (s *server) renderImport(e *core.RequestEvent, status int, v *importView, errs map[string]string, notice string) error {
	return s.renderForm(e, status, "import_show", "intake.title", v, errs, notice)
}
