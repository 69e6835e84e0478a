package ui

import (
	"bytes"
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// accountExport downloads everything the portal holds about the signed-in person as a ZIP.
func (s *server) accountExport(e *core.RequestEvent) error {
	return sendExport(e, e.Auth, workspace.PrivacyActor{Via: kernel.PrivacyBySelf}, "mentorbase-my-data.zip")
}

// sendExport answers with person's personal-data export (workspace.ExportPerson, which logs
// it as actor's) as a download named filename that no cache keeps.
func sendExport(e *core.RequestEvent, person *core.Record, actor workspace.PrivacyActor, filename string) error {
	var b bytes.Buffer
	if err := workspace.ExportPerson(e.App, person, actor, &b); err != nil {
		return err
	}
	h := e.Response.Header()
	h.Set("Content-Disposition", `attachment; filename="`+filename+`"`)
	h.Set("Cache-Control", "no-store")
	return e.Blob(http.StatusOK, "application/zip", b.Bytes())
}
