package ui

import (
	"bytes"
	"net/http"
	"slices"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/csvexport"
	"github.com/mentorbase/mentorbase/workspace"
)

// exportShow downloads one of a programme's tables as CSV (/coordinate/{slug}/export/
// pairs.csv …) for its coordinators and superusers, the headers in the reader's language.
func (s *server) exportShow(e *core.RequestEvent) error {
	program, ok := managedProgram(e)
	what, csv := strings.CutSuffix(e.Request.PathValue("file"), ".csv")
	if !ok || !csv || !slices.Contains(workspace.ExportKinds, what) {
		return s.renderNotFound(e)
	}
	t, err := workspace.Export(e.App, program, what, requestLocale(e))
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := csvexport.Write(&b, t.Header, t.Rows); err != nil {
		return err
	}
	h := e.Response.Header()
	h.Set("Content-Disposition", `attachment; filename="`+program.GetString("slug")+"-"+what+`.csv"`)
	h.Set("Cache-Control", "no-store")
	return e.Blob(http.StatusOK, "text/csv; charset=utf-8", b.Bytes())
}
