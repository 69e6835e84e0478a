package ui

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// checkinAnswerKeys are the catalog keys of the check-in answers as the pair's page and the
// pairs list show them.
var checkinAnswerKeys = map[string]string{
	kernel.CheckinInTouch:  "drift.answer.in_touch",
	kernel.CheckinNeedHelp: "drift.answer.need_help",
}

// checkinView is one member's answer to the nudge of a silent pair.
type checkinView struct {
	Author, AnswerKey, Note string
	NeedHelp                bool
	At                      time.Time
}

// newCheckinViews are the pair's check-ins, the newest first, dated on the programme's clock.
func newCheckinViews(app core.App, pair *kernel.Pair) ([]checkinView, error) {
	records, err := workspace.PairCheckins(app, pair.Match.Id)
	if err != nil {
		return nil, err
	}
	out := make([]checkinView, len(records))
	for i, r := range records {
		out[i] = newCheckinView(pair, r)
	}
	return out, nil
}

// newCheckinView is the check-in r of pair as its page shows it.
func newCheckinView(pair *kernel.Pair, r *core.Record) checkinView {
	author := pair.Mentor
	if r.GetString("author") == pair.Mentee.Id {
		author = pair.Mentee
	}
	return newCheckinAnswer(pair.Program, author.GetString("name"), r.GetString("answer"), r.GetString("note"),
		r.GetDateTime("created").Time())
}

// newCheckinAnswer is author's answer to the nudge, given at, as the pair's page and the pairs
// list show it, dated on the programme's clock.
func newCheckinAnswer(program *core.Record, author, answer, note string, at time.Time) checkinView {
	return checkinView{Author: author, AnswerKey: checkinAnswerKeys[answer], Note: note,
		NeedHelp: answer == kernel.CheckinNeedHelp, At: inProgramZone(program, at)}
}
