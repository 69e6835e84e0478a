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

// newCheckinView is the check-in r of pair as its page and the pairs list show it.
func newCheckinView(pair *kernel.Pair, r *core.Record) checkinView {
	author := pair.Mentor
	if r.GetString("author") == pair.Mentee.Id {
		author = pair.Mentee
	}
	answer := r.GetString("answer")
	return checkinView{Author: author.GetString("name"), AnswerKey: checkinAnswerKeys[answer], Note: r.GetString("note"),
		NeedHelp: answer == kernel.CheckinNeedHelp, At: inProgramZone(pair.Program, r.GetDateTime("created").Time())}
}

// addCheckins puts on each pair's row its latest check-in, in one query.
func addCheckins(app core.App, pairs []*kernel.Pair, rows map[string]*pairRow) error {
	ids := make([]string, len(pairs))
	for i, pair := range pairs {
		ids[i] = pair.Match.Id
	}
	latest, err := workspace.LatestCheckins(app, ids)
	if err != nil {
		return err
	}
	for _, pair := range pairs {
		if r, ok := latest[pair.Match.Id]; ok {
			v := newCheckinView(pair, r)
			rows[pair.Match.Id].Checkin = &v
		}
	}
	return nil
}
