package ui

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/list"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// pairProgress is what /me's next step needs of an active pair: whether the two have met (a
// held meeting, or a confirmed one that has begun, as workspace.SignOfLifeSQL counts them),
// whether a meeting is coming, and the closing warning in force, if any.
type pairProgress struct {
	Met, Coming bool
	Closing     *closingView
}

// loadPairProgress reads, for the active matches, their meetings and their silences: two
// queries however many pairs.
func loadPairProgress(app core.App, matches []*core.Record, now time.Time) (map[string]pairProgress, error) {
	out := map[string]pairProgress{}
	programs := map[string]*core.Record{}
	var ids []string
	for _, m := range matches {
		if m.GetString("status") == kernel.MatchActive && m.ExpandedOne("program") != nil {
			ids = append(ids, m.Id)
			programs[m.Id] = m.ExpandedOne("program")
		}
	}
	if len(ids) == 0 {
		return out, nil
	}
	meetings, err := app.FindAllRecords(kernel.CollectionMeetings, dbx.In("match", list.ToInterfaceSlice(ids)...),
		dbx.In("status", kernel.MeetingProposed, kernel.MeetingConfirmed, kernel.MeetingHeld))
	if err != nil {
		return nil, err
	}
	for _, mt := range meetings {
		p := out[mt.GetString("match")]
		status, begun := mt.GetString("status"), !mt.GetDateTime("starts_at").Time().After(now)
		p.Met = p.Met || status == kernel.MeetingHeld || status == kernel.MeetingConfirmed && begun
		p.Coming = p.Coming || status != kernel.MeetingHeld && !begun
		out[mt.GetString("match")] = p
	}
	silences, err := workspace.Silences(app, ids, now)
	if err != nil {
		return nil, err
	}
	for id, s := range silences {
		p := out[id]
		p.Closing = newClosingView(s, programs[id], now)
		out[id] = p
	}
	return out, nil
}

// activePairStep is the next step of a member of an active pair whose agreement they
// confirmed: answer a closing warning, prepare the coming meeting, plan the next one once
// they have met, or else plan the first.
func activePairStep(e *core.RequestEvent, matchID string, p pairProgress) meStep {
	page := "/matches/" + matchID
	switch {
	case p.Closing != nil:
		return meStep{Text: translate(e, "closing.me.warned", "date", p.Closing.Until.Format(time.DateOnly)),
			URL: page + "#closing", Link: translate(e, "closing.me.warned_link")}
	case p.Coming:
		return newMeStep(e, "meetingfaults.step.coming", page+"#meetings", "meetingfaults.step.coming_link")
	case p.Met:
		return newMeStep(e, "meetingfaults.step.meet_again", page+"#propose", "me.step.meet_partner_link")
	}
	return newMeStep(e, "me.step.meet_partner", page, "me.step.meet_partner_link")
}
