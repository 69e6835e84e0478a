package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// directoryShow shows one listed mentor's profile, their score with the viewer and the
// invitation form.
func (s *server) directoryShow(e *core.RequestEvent) error {
	return s.renderMentorProfile(e, http.StatusOK, map[string]string{}, map[string]string{})
}

// renderMentorProfile renders the profile page of the request's {application}; a mentor who
// is not listed in this programme's directory answers 404.
func (s *server) renderMentorProfile(e *core.RequestEvent, status int, form, errs map[string]string) error {
	program, mentee, ok, err := s.openDirectory(e)
	if !ok {
		return err
	}
	entry, found, err := mentoring.DirectoryMentor(e.App, program, mentee, e.Request.PathValue("application"))
	if err != nil {
		return err
	}
	if !found {
		return s.renderNotFound(e)
	}
	p := newPage(e, "directory.title")
	card := newMentorCard(newValueLabels(e.App, p.Locale, program), directoryBase(program), entry)
	card.Availability, card.Bio = entry.Application.GetString("availability"), entry.Application.GetString("bio")
	cards := []mentorCard{card}
	s.setOpenness(e.App, p.Locale, program, cards, []mentoring.DirectoryEntry{entry})
	card = cards[0]
	p.Title = card.Name
	p.Form, p.Errors = form, errs
	current := s.currentMentorOf(e.App, mentee)
	p.Data = struct {
		Program    programCard
		Mentor     mentorCard
		MaxMessage int
		Current    *currentMentor
		Mine       bool // this is the viewer's current mentor
	}{newProgramCard(program, requestLocale(e), time.Now()), card, inviteMessageMax, current, current != nil && current.MentorID == card.ID}
	return s.render(e, status, "directory_show", p)
}
