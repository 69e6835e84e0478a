package ui

import (
	"fmt"
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// rankedView is the ranked request form: one select per place in the list, offering the
// mentors who can be invited now, best fit first.
type rankedView struct {
	Program    programCard
	Choices    []rankedChoice
	Mentors    []option
	MaxMessage int
	Current    *currentMentor
}

// rankedChoice is one place of the list: its number (from 1) and its form field.
type rankedChoice struct {
	N    int
	Name string
}

// rankedNew shows the form to ask several mentors in order with one message, where the
// programme allows it; elsewhere the page does not exist.
func (s *server) rankedNew(e *core.RequestEvent) error {
	program, mentee, ok, err := s.openDirectory(e)
	if !ok {
		return err
	}
	limit := mentoring.RankedLimit(program)
	if limit < 2 {
		return s.renderNotFound(e)
	}
	return s.renderRanked(e, http.StatusOK, program, mentee, limit, map[string]string{}, map[string]string{})
}

// renderRanked renders the ranked request form of limit places (from 2) for mentee in
// program, also with what was typed and its errors.
func (s *server) renderRanked(e *core.RequestEvent, status int, program, mentee *core.Record, limit int, form, errs map[string]string) error {
	entries, err := rankedCandidates(e, program, mentee)
	if err != nil {
		return err
	}
	p := newPage(e, "booking.ranked.title")
	p.Form, p.Errors = form, errs
	v := rankedView{Program: newProgramCard(program, requestLocale(e), time.Now()), MaxMessage: inviteMessageMax, Current: s.currentMentorOf(e.App, mentee)}
	for i := 1; i <= limit; i++ {
		v.Choices = append(v.Choices, rankedChoice{N: i, Name: choiceField(i)})
	}
	for _, entry := range entries {
		if _, paused := kernel.PausedUntil(entry.Application, time.Now()); paused || entry.AtCapacity {
			continue
		}
		v.Mentors = append(v.Mentors, option{Value: entry.Application.Id,
			Label: translate(e, "booking.ranked.option", "name", entry.Name, "score", entry.Result.Score)})
	}
	p.Data = v
	return s.render(e, status, "ranked_new", p)
}

// choiceField is the form field of place i (from 1) in a ranked request.
func choiceField(i int) string { return fmt.Sprintf("choice_%d", i) }

// rankedMaxMentors bounds the mentors a ranked request offers to the best-fitting 200: a
// longer drop-down helps nobody, and reading a national directory whole would be slow.
const rankedMaxMentors = 200

// rankedCandidates are the directory's mentors for the viewer, best fit first, read as one
// page of rankedMaxMentors: the form and a refused request showing it again read the
// directory once each.
func rankedCandidates(e *core.RequestEvent, program, mentee *core.Record) ([]mentoring.DirectoryEntry, error) {
	found, err := mentoring.DirectoryPage(e.App, program, mentee, mentoring.DirectoryQuery{Page: 1, PerPage: rankedMaxMentors})
	return found.Entries, err
}
