package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// managedProgram loads the request's {slug} programme for the pages that run it (settings,
// report, exports): its coordinators and superusers; for anyone else ok is false and the
// caller answers 404, as for the other coordinators' pages.
func managedProgram(e *core.RequestEvent) (program *core.Record, ok bool) {
	if e.HasSuperuserAuth() {
		program, err := e.App.FindFirstRecordByData(kernel.CollectionPrograms, "slug", e.Request.PathValue("slug"))
		return program, err == nil
	}
	return coordinatedProgram(e)
}

// requireUserOrSuperuser lets signed-in people through, and superusers, who reach the
// settings, report and export pages with their dashboard token (the portal's sign-in is
// for users only); anyone else is sent to sign in.
func requireUserOrSuperuser(e *core.RequestEvent) error {
	if e.HasSuperuserAuth() {
		return e.Next()
	}
	return requireUser(e)
}

// settingsPath is the address of a programme's settings page, or of one of its parts.
func settingsPath(program *core.Record, part string) string {
	path := "/coordinate/" + program.GetString("slug") + "/settings"
	if part != "" {
		path += "/" + part
	}
	return path
}

// programHeading names the programme a settings page edits, in the reader's language.
type programHeading struct {
	Slug, Name string
	NameLang   string // of Name (own_words.go marks it when not the page's)
}

// headingOf is program's heading for a reader of locale.
func headingOf(program *core.Record, locale string) programHeading {
	name, lang := mentoring.ProgramText(program, "name", locale)
	return programHeading{Slug: program.GetString("slug"), Name: name, NameLang: lang}
}
