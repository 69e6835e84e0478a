package workspace

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/calendar"
	"github.com/mentorbase/mentorbase/kernel"
)

// addNudgeDays adds, for each active pair of the person with no confirmed meeting ahead
// before it, the day the pair will be nudged if the two neither meet nor write until then
// (RemindDriftingPairs), as an all-day entry that moves with each sign of life. meetings are
// the pairs' by match id.
func (f *feed) addNudgeDays(pairs []*kernel.Pair, meetings map[string][]*core.Record) error {
	ids := make([]string, 0, len(pairs))
	for _, pair := range pairs {
		if pair.Match.GetString("status") == kernel.MatchActive {
			ids = append(ids, pair.Match.Id)
		}
	}
	now := time.Now()
	days, err := NudgeDays(f.app, ids, now)
	if err != nil {
		return err
	}
	for _, pair := range pairs {
		day, ok := days[pair.Match.Id]
		if !ok || meetingBooked(meetings[pair.Match.Id], now, day) {
			continue
		}
		if ends := pair.Program.GetDateTime("ends_at").Time(); !ends.IsZero() && !day.Before(ends) {
			continue
		}
		f.events = append(f.events, calendar.Event{
			UID:  calendar.UID("nudge", pair.Match.Id+"-"+f.user.Id, kernel.PortalDomain(f.app)),
			Kind: calendar.KindDeadline, AllDay: true, URL: kernel.PortalURL(f.app, "/matches/"+pair.Match.Id+"#checkin"),
			Title: f.t("drift.feed.nudge", "partner", pair.Partner(f.user.Id).GetString("name")),
			Start: day, TimeZone: pair.Program.GetString("timezone"),
		})
	}
	return nil
}

// meetingBooked reports whether one of meetings is confirmed to start between now and day.
func meetingBooked(meetings []*core.Record, now, day time.Time) bool {
	for _, m := range meetings {
		start := m.GetDateTime("starts_at").Time()
		if m.GetString("status") == kernel.MeetingConfirmed && start.After(now) && start.Before(day) {
			return true
		}
	}
	return false
}
