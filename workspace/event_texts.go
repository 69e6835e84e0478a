package workspace

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
)

// EventText is what an event says in one language: its title and description (Markdown), and
// Lang, the language they are written in, which differs from the reader's when the event has
// no text in it (the page then marks them with lang).
type EventText struct {
	Title, Description, Lang string
}

// EventTextIn is the event's text in locale, else in the programme's first language, else its
// plain title and description (written by a client that knows no languages), taken to be in
// the programme's first language.
func EventTextIn(event, program *core.Record, locale string) EventText {
	first := ProgramLanguage(program)
	for _, lang := range []string{locale, first} {
		if !i18n.Supported(lang) {
			continue
		}
		if title := event.GetString("title_" + lang); title != "" {
			return EventText{Title: title, Description: event.GetString("description_" + lang), Lang: lang}
		}
	}
	return EventText{Title: event.GetString("title"), Description: event.GetString("description"), Lang: first}
}

// ProgramLanguage is the programme's first language, the one its texts fall back to.
func ProgramLanguage(program *core.Record) string {
	if langs := program.GetStringSlice("languages"); len(langs) > 0 {
		return langs[0]
	}
	return i18n.Fallback
}

// SetEventText writes the event's title and description in lang; in the programme's first
// language they also become its plain title and description, which lists, the dashboard and
// clients that know no languages show.
func SetEventText(event, program *core.Record, lang string, text EventText) {
	event.Set("title_"+lang, text.Title)
	event.Set("description_"+lang, text.Description)
	if lang == ProgramLanguage(program) {
		event.Set("title", text.Title)
		event.Set("description", text.Description)
	}
}
