package workspace

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// EventText is what an event says in one language: its title and description (Markdown), and
// Lang, the language they are written in, which differs from the reader's when the event has
// no text in it (the page then marks them with lang).
type EventText struct {
	Title, Description, Lang string
}

// EventTextIn is the event's text in locale, else in the programme's first language, else its
// plain title and description (written by a client that knows no languages); the description
// is taken in the language of the title.
func EventTextIn(event, program *core.Record, locale string) EventText {
	title, lang := kernel.TextIn(event, program, "title", locale)
	if event.GetString("title_"+lang) == "" {
		return EventText{Title: title, Description: event.GetString("description"), Lang: lang}
	}
	return EventText{Title: title, Description: event.GetString("description_" + lang), Lang: lang}
}

// SetEventText writes the event's title and description in lang; in the programme's first
// language they also become its plain title and description, which lists, the dashboard and
// clients that know no languages show.
func SetEventText(event, program *core.Record, lang string, text EventText) {
	event.Set("title_"+lang, text.Title)
	event.Set("description_"+lang, text.Description)
	if lang == kernel.ProgramLanguage(program) {
		event.Set("title", text.Title)
		event.Set("description", text.Description)
	}
}
