package workspace

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// eventWithoutEnd is how long a programme event without an end keeps a pair from meeting.
const eventWithoutEnd = time.Hour

// span is a stored start and end, the two columns pairBusy reads of meetings and events.
type span struct {
	Start types.DateTime `db:"starts_at"`
	End   types.DateTime `db:"ends_at"`
}

// pairBusy are the times within [from, to) when one of the pair's members is already taken
// in the portal: the proposed and confirmed meetings of any of their active pairs, and the
// scheduled events of the pair's programme. Two queries of two columns each: the members'
// active pairs are a subquery (through the applications' user index and the matches' mentor
// and mentee indexes, as kernel.MatchesOf), not a list read first.
func pairBusy(app core.App, pair *kernel.Pair, from, to time.Time) ([]Interval, error) {
	var meetings, events []span
	err := app.DB().Select("starts_at", "ends_at").From(kernel.CollectionMeetings).
		Where(dbx.NewExp("[[match]] IN (SELECT [[id]] FROM {{matches}} WHERE [[status]] = {:active}"+
			" AND ([[mentor]] IN (SELECT [[id]] FROM {{applications}} WHERE [[user]] IN ({:mentor}, {:mentee}))"+
			" OR [[mentee]] IN (SELECT [[id]] FROM {{applications}} WHERE [[user]] IN ({:mentor}, {:mentee}))))",
			dbx.Params{"active": kernel.MatchActive, "mentor": pair.Mentor.Id, "mentee": pair.Mentee.Id})).
		AndWhere(dbx.In("status", kernel.MeetingProposed, kernel.MeetingConfirmed)).
		AndWhere(dbx.NewExp("[[starts_at]] < {:to} AND [[ends_at]] > {:from}", dbx.Params{
			"from": storedDate(from), "to": storedDate(to)})).All(&meetings)
	if err != nil {
		return nil, err
	}
	busy := make([]Interval, 0, len(meetings))
	for _, m := range meetings {
		busy = append(busy, Interval{m.Start.Time(), m.End.Time()})
	}
	err = app.DB().Select("starts_at", "ends_at").From(kernel.CollectionEvents).
		Where(dbx.HashExp{"program": pair.Program.Id, "status": kernel.EventScheduled}).
		AndWhere(dbx.NewExp("[[starts_at]] < {:to} AND [[starts_at]] > {:early}", dbx.Params{
			"to": storedDate(to), "early": storedDate(from.AddDate(0, 0, -1))})).All(&events)
	if err != nil {
		return nil, err
	}
	for _, e := range events {
		start, end := e.Start.Time(), e.End.Time()
		if end.IsZero() || !end.After(start) {
			end = start.Add(eventWithoutEnd)
		}
		busy = append(busy, Interval{start, end})
	}
	return busy, nil
}
