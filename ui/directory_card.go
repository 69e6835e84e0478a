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
	Availability, Bio             string // on the profile page alone (directoryShow)
	Score                         scoreView
	SeatsLeft                     int
	AtCapacity                    bool
	Openness                      mentorOpenness
	Seat                          seatBadge // on a directory page's card (newSeatBadge)
}

// newMentorCard is entry's card for the reader whose words l has, its address under base (the
// directory's, with its trailing slash); the profile kept with the application gives the
// fields it holds.
func newMentorCard(l *valueLabels, base string, entry mentoring.DirectoryEntry) mentorCard {
	a, p := entry.Application, entry.Profile
	return mentorCard{
		ID:           a.Id,
		Name:         entry.Name,
		URL:          base + a.Id,
		Organisation: a.GetString("organisation"),
		Industry:     l.list(tagValue, optionalTag(p.Industry)),
		JobFunction:  l.list(tagValue, optionalTag(p.JobFunction)),
		Skills:       l.list(tagValue, p.Skills),
		Languages:    strings.Join(spokenLanguageNames(l.locale, p.Languages), ", "),
		Place:        l.place(p.City, p.Area),
		Modes:        strings.Join(modeNames(l.locale, p.MeetingModes), ", "),
		Score:        menteeScore(l, entry.Result),
		SeatsLeft:    entry.SeatsLeft,
		AtCapacity:   entry.AtCapacity,
	}
}

// menteeScore is the explanation of res in the words of the mentee reading the directory.
func menteeScore(l *valueLabels, res matching.Result) scoreView {
	v := l.explain(res)
	v.forMentee(l.locale, res)
	return v
}

// directoryBase is the address of program's directory, with a trailing slash: a card's is
// this and the application's id.
func directoryBase(program *core.Record) string {
	return "/programs/" + program.GetString("slug") + "/mentors/"
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
