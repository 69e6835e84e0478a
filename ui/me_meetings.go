package ui

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/list"
	"github.com/pocketbase/pocketbase/tools/types"

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

// loadPairProgress reads, for the active matches of programs (by match id), their meetings
// and the silences of those warned (the others have no warning in force, which the match
// says: workspace.WarnedSilence): two queries at most however many pairs.
func loadPairProgress(app core.App, matches []*core.Record, programs map[string]*core.Record, now time.Time) (map[string]pairProgress, error) {
	out := map[string]pairProgress{}
	var ids, warned []string
	for _, m := range matches {
		if m.GetString("status") == kernel.MatchActive && programs[m.Id] != nil {
			ids = append(ids, m.Id)
			if !m.GetDateTime("closing_warned_at").IsZero() {
				warned = append(warned, m.Id)
			}
		}
	}
	if len(ids) == 0 {
		return out, nil
	}
	var meetings []struct {
		Match    string         `db:"match"`
		Status   string         `db:"status"`
		StartsAt types.DateTime `db:"starts_at"`
	}
	err := app.DB().Select("match", "status", "starts_at").From(kernel.CollectionMeetings).
		Where(dbx.In("match", list.ToInterfaceSlice(ids)...)).
		AndWhere(dbx.In("status", kernel.MeetingProposed, kernel.MeetingConfirmed, kernel.MeetingHeld)).All(&meetings)
	if err != nil {
		return nil, err
	}
	for _, mt := range meetings {
		p := out[mt.Match]
		begun := !mt.StartsAt.Time().After(now)
		p.Met = p.Met || mt.Status == kernel.MeetingHeld || mt.Status == kernel.MeetingConfirmed && begun
		p.Coming = p.Coming || mt.Status != kernel.MeetingHeld && !begun
		out[mt.Match] = p
	}
	silences, err := workspace.Silences(app, warned, now)
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
