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
	Languages, Place, Modes       string
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
		Place:        placeName(a.GetString("city"), a.GetString("area")),
		Modes:        strings.Join(modeNames(locale, a.GetStringSlice("meeting_modes")), ", "),
		Availability: a.GetString("availability"),
		Bio:          a.GetString("bio"),
		Score:        menteeScore(app, locale, entry.Result),
		SeatsLeft:    entry.SeatsLeft,
		AtCapacity:   entry.AtCapacity,
	}
}

// menteeScore is explainScore in the words of the mentee reading the directory.
func menteeScore(app core.App, locale string, res matching.Result) scoreView {
	v := explainScore(app, locale, res)
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

// placeName is where someone lives: the city and the area, the area once when it is the
// city's name too (Malmö in Malmö).
func placeName(city, area string) string {
	if sameName(city, area) {
		area = ""
	}
	return joinNonEmpty(", ", city, area)
}

// sameName reports whether two place names are the same, whatever their case and spaces.
func sameName(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// joinNonEmpty joins the values that are not empty.
func joinNonEmpty(sep string, values ...string) string {
	kept := values[:0:0]
	for _, v := range values {
		if v != "" {
			kept = append(kept, v)
		}
	}
	return strings.Join(kept, sep)
}
