package ui

import (
	"html/template"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/mentoring"
)

// mentorCard is the public part of a listed mentor's application, in the viewer's language:
// never their e-mail address or phone number.
type mentorCard struct {
	ID, Name, URL                 string
	Organisation                  string
	Industry, JobFunction, Skills template.HTML // tag labels, marked when in another language (tagWords)
	Place                         template.HTML // city and area, the area in the viewer's words (placeWords)
	Languages, Modes              string
	Availability, Bio             string
	Score                         scoreView
	SeatsLeft                     int
	AtCapacity                    bool
	Openness                      mentorOpenness
	Seat                          seatBadge // on a directory page's card (newSeatBadge)
}

func newMentorCard(app core.App, locale string, program *core.Record, entry mentoring.DirectoryEntry) mentorCard {
	a := entry.Application
	return mentorCard{
		ID:           a.Id,
		Name:         entry.Name,
		URL:          "/programs/" + program.GetString("slug") + "/mentors/" + a.Id,
		Organisation: a.GetString("organisation"),
		Industry:     tagWords(app, locale, optionalTag(a.GetString("industry"))),
		JobFunction:  tagWords(app, locale, optionalTag(a.GetString("job_function"))),
		Skills:       tagWords(app, locale, a.GetStringSlice("skills")),
		Languages:    strings.Join(spokenLanguageNames(locale, a.GetStringSlice("languages")), ", "),
		Place:        placeWords(program, locale, a.GetString("city"), a.GetString("area")),
		Modes:        strings.Join(modeNames(locale, a.GetStringSlice("meeting_modes")), ", "),
		Availability: a.GetString("availability"),
		Bio:          a.GetString("bio"),
		Score:        menteeScore(app, locale, program, entry.Result),
		SeatsLeft:    entry.SeatsLeft,
		AtCapacity:   entry.AtCapacity,
	}
}

// menteeScore is explainScore in the words of the mentee reading the directory.
func menteeScore(app core.App, locale string, program *core.Record, res matching.Result) scoreView {
	v := explainScore(app, locale, program, res)
	v.forMentee(locale, res)
	return v
}

// optionalTag is the tag of a single tag field that may be empty, as a list of none or one.
func optionalTag(id string) []string {
	if id == "" {
		return nil
	}
	return []string{id}
}

// sameName reports whether two place names are the same, whatever their case and spaces.
func sameName(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}
