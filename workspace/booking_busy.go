package workspace

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/list"

	"github.com/mentorbase/mentorbase/kernel"
)

// eventWithoutEnd is how long a programme event without an end keeps a pair from meeting.
const eventWithoutEnd = time.Hour

// pairBusy are the times within [from, to) when one of the pair's members is already taken
// in the portal: the proposed and confirmed meetings of any of their active pairs, and the
// scheduled events of the pair's programme.
func pairBusy(app core.App, pair *kernel.Pair, from, to time.Time) ([]Interval, error) {
	var matchIDs []string
	for _, person := range pair.Members() {
		matches, err := kernel.FindMatchesOf(app, person.Id, kernel.MatchActive)
		if err != nil {
			return nil, err
		}
		for _, m := range matches {
			matchIDs = append(matchIDs, m.Id)
		}
	}
	window := dbx.NewExp("[[starts_at]] < {:to} AND [[ends_at]] > {:from}", dbx.Params{
		"from": storedDate(from), "to": storedDate(to)})
	var meetings []*core.Record
	err := app.RecordQuery(kernel.CollectionMeetings).
		AndWhere(dbx.In("match", list.ToInterfaceSlice(list.ToUniqueStringSlice(matchIDs))...)).
		AndWhere(dbx.In("status", kernel.MeetingProposed, kernel.MeetingConfirmed)).
		AndWhere(window).All(&meetings)
	if err != nil {
		return nil, err
	}
	busy := make([]Interval, 0, len(meetings))
	for _, m := range meetings {
		busy = append(busy, Interval{m.GetDateTime("starts_at").Time(), m.GetDateTime("ends_at").Time()})
	}
	var events []*core.Record
	err = app.RecordQuery(kernel.CollectionEvents).
		AndWhere(dbx.HashExp{"program": pair.Program.Id, "status": kernel.EventScheduled}).
		AndWhere(dbx.NewExp("[[starts_at]] < {:to} AND [[starts_at]] > {:early}", dbx.Params{
			"to": storedDate(to), "early": storedDate(from.AddDate(0, 0, -1))})).All(&events)
	if err != nil {
		return nil, err
	}
	for _, e := range events {
		start, end := e.GetDateTime("starts_at").Time(), e.GetDateTime("ends_at").Time()
		if end.IsZero() || !end.After(start) {
			end = start.Add(eventWithoutEnd)
		}
		busy = append(busy, Interval{start, end})
	}
	return busy, nil
}
