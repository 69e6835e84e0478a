package ui

import (
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// mentorOpenness is what a mentee reads on a mentor's card and profile before writing: a
// pause and the day it ends, and how quickly the mentor usually answers.
type mentorOpenness struct {
	// PausedUntil is the day (2006-01-02, programme's clock) the mentor takes mentees again,
	// empty when they take them now.
	PausedUntil string
	// Answers is the translated "usually answers within 3 days", empty when too few past
	// invitations say anything.
	Answers string
}

// setOpenness fills the pause and answer speed of cards, built in order from entries, with one
// query for all the speeds, kept (s.answerSpeeds) until a match or an application changes; a failed read of the speeds only leaves the sentences out, since
// the cards say nothing wrong without them.
func (s *server) setOpenness(app core.App, locale string, program *core.Record, cards []mentorCard, entries []mentoring.DirectoryEntry) {
	users := make([]string, len(entries))
	for i, entry := range entries {
		users[i] = entry.Application.GetString("user")
	}
	speeds, err := s.answerSpeeds.get(strings.Join(users, " "), func() (map[string]mentoring.AnswerSpeed, error) {
		return mentoring.AnswerSpeedsOf(app, users)
	})
	if err != nil {
		app.Logger().Error("directory: answer speeds", "program", program.Id, "error", err)
	}
	now := time.Now()
	for i, entry := range entries {
		if until, paused := kernel.PausedUntil(entry.Application, now); paused {
			cards[i].Openness.PausedUntil = kernel.PauseDay(until, program)
		}
		cards[i].Openness.Answers = answerSentence(locale, speeds[users[i]])
	}
}

// answerSentence says an answer speed in the reader's language.
func answerSentence(locale string, speed mentoring.AnswerSpeed) string {
	switch {
	case !speed.Known:
		return ""
	case speed.Rarely:
		return messages.Catalog.T(locale, "availability.answers.rarely")
	case speed.Days == 1:
		return messages.Catalog.T(locale, "availability.answers.one_day")
	}
	return messages.Catalog.T(locale, "availability.answers.days", "count", speed.Days)
}

// Closed reports whether the mentor cannot be invited now, full or paused: the card and the
// profile disable the invitation rather than let a mentee write for nothing.
func (c mentorCard) Closed() bool {
	return c.AtCapacity || c.Openness.PausedUntil != ""
}

// mePause is what /me shows of a mentor's pause: the day it ends, if any, and where to change it.
type mePause struct{ ID, Until, URL string }

// pauseOf is the pause line of an approved mentor application in a self-service programme,
// where mentees invite; nil for any other application.
func pauseOf(application, program *core.Record, now time.Time) *mePause {
	if application.GetString("role") != kernel.RoleMentor || application.GetString("status") != kernel.ApplicationApproved ||
		program.GetString("matching_mode") != kernel.MatchingSelfService {
		return nil
	}
	p := &mePause{ID: application.Id, URL: "/applications/" + application.Id + "/availability"}
	if until, paused := kernel.PausedUntil(application, now); paused {
		p.Until = kernel.PauseDay(until, program)
	}
	return p
}
