package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// settingsCopy runs the programme again next year: an unpublished copy with its settings,
// charter, tags and events a year later, opened on its settings page to adjust.
func (s *server) settingsCopy(e *core.RequestEvent) error {
	program, ok := managedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	copied, err := mentoring.CopyProgramForNextYear(e.App, program)
	if err != nil {
		return err
	}
	setFlash(e, "flash.program_copied")
	return redirect(e, settingsPath(copied, ""))
}
