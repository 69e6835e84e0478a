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
	var b bytes.Buffer
	if err := workspace.ExportPerson(e.App, e.Auth, workspace.PrivacyActor{Via: kernel.PrivacyBySelf}, &b); err != nil {
		return err
	}
	return sendZip(e, "mentorbase-my-data.zip", b.Bytes())
}

// sendZip answers a personal-data export as a download that no cache keeps.
func sendZip(e *core.RequestEvent, filename string, data []byte) error {
	h := e.Response.Header()
	h.Set("Content-Disposition", `attachment; filename="`+filename+`"`)
	h.Set("Cache-Control", "no-store")
	return e.Blob(http.StatusOK, "application/zip", data)
}
