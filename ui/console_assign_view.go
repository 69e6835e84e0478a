package ui

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// assignPage is the preview of a pair the coordinator makes by hand.
type assignPage struct {
	Program                programCard
	MenteeID, MentorID     string
	MenteeName, MentorName string
	Score                  scoreView
	// Full: the proposal leaves the mentor no seat; Pairs and Capacity say how far. Drops are
	// the mentor's proposed pairs the coordinator may give up for this one (none when their
	// active pairs alone fill the seats, and then the pair cannot be confirmed).
	Full            bool
	Pairs, Capacity int
	Drops           []directoryChoice
	// Override lists the must-have criteria the pair fails, which confirming overrides.
	Override string
	// Paused is the day the mentor's pause ends, empty when they take mentees (console_pause.go).
	Paused string
	// WhyNot is what the pair costs the proposal; nil when the engine cannot force it.
	WhyNot *whyNotView
}

// CanConfirm reports whether confirming can succeed: a seat is free or one can be freed.
func (a assignPage) CanConfirm() bool { return !a.Full || len(a.Drops) > 0 }

// seats fills in what the proposal already asks of the mentor, naming the mentees of the
// drafts it could drop together (a draft whose people cannot be read shows its application).
func (a *assignPage) seats(app core.App, load mentoring.MentorLoad) {
	a.Full, a.Pairs, a.Capacity = load.Full(), load.Pairs(), load.Capacity
	if !a.Full || load.Pairs()-1 >= load.Capacity {
		return
	}
	pairs, err := kernel.FindPairs(app, load.Drafts)
	for i, draft := range load.Drafts {
		label := draft.GetString("mentee")
		if err == nil {
			label = pairs[i].Mentee.GetString("name")
		}
		a.Drops = append(a.Drops, directoryChoice{Value: draft.Id, Label: label})
	}
}

// override turns a pair the must-haves forbid into one the coordinator overrides: it is
// stored with a score of 0, and the page says which must-haves it goes against instead of
// calling it impossible.
func (a *assignPage) override() {
	if !a.Score.Forbidden {
		return
	}
	a.Override = strings.Join(a.Score.FailedMust, ", ")
	a.Score.Forbidden, a.Score.Score = false, 0
}

// applicationName is the name of the person behind an application.
func applicationName(app core.App, application *core.Record) string {
	if u, err := app.FindRecordById(kernel.CollectionUsers, application.GetString("user")); err == nil {
		return u.GetString("name")
	}
	return application.Id
}
