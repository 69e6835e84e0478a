package workspace

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/calendar"
	"github.com/mentorbase/mentorbase/kernel"
)

// addNudgeDays adds, for each active pair of the person, the days its silence calls for, as
// all-day entries that move with each sign of life: the day the pair will be nudged if the
// two neither meet nor write until then (RemindDriftingPairs; none once nudged, or with a
// confirmed meeting ahead before it), and, under a closing warning, the day the warning runs
// out. meetings are the pairs' by match id.
func (f *feed) addNudgeDays(pairs []*kernel.Pair, meetings map[string][]*core.Record) error {
	ids := make([]string, 0, len(pairs))
	for _, pair := range pairs {
		if pair.Match.GetString("status") == kernel.MatchActive {
			ids = append(ids, pair.Match.Id)
		}
	}
	now := time.Now()
	silences, err := Silences(f.app, ids, now)
	if err != nil {
		return err
	}
	for _, pair := range pairs {
		s, ok := silences[pair.Match.Id]
		if !ok {
			continue
		}
		partner := pair.Partner(f.user.Id).GetString("name")
		if until, warned := s.Warning(); warned {
			f.addPairDay("closing", pair, until, f.t("closing.feed.member", "partner", partner))
		}
		day := s.NudgeDay()
		if !s.Nudged.Before(s.Last) || meetingBooked(meetings[pair.Match.Id], now, day) {
			continue
		}
		if ends := pair.Program.GetDateTime("ends_at").Time(); !ends.IsZero() && !day.Before(ends) {
			continue
		}
		f.addPairDay("nudge", pair, day, f.t("drift.feed.nudge", "partner", partner))
	}
	return nil
}

// addPairDay adds an all-day entry of kind about pair on day, linking to the pair's page.
func (f *feed) addPairDay(kind string, pair *kernel.Pair, day time.Time, title string) {
	anchor := map[string]string{"nudge": "#checkin", "closing": "#closing", "decide": "#closing"}[kind]
	f.events = append(f.events, calendar.Event{
		UID:  calendar.UID(kind, pair.Match.Id+"-"+f.user.Id, kernel.PortalDomain(f.app)),
		Kind: calendar.KindDeadline, AllDay: true, URL: kernel.PortalURL(f.app, "/matches/"+pair.Match.Id+anchor),
		Title: title, Start: day, TimeZone: pair.Program.GetString("timezone"),
	})
}

// addClosingDecisions adds, for a coordinator, the day the closing warning of each pair of
// their programmes runs out: from then on the pair waits for their decision.
func (f *feed) addClosingDecisions() error {
	now := time.Now()
	silences, err := readSilences(f.app, now, `m.closing_warned_at != '' AND EXISTS (SELECT 1 FROM json_each(p.coordinators) c
		WHERE c.value = {:coordinator})`, dbx.Params{"coordinator": f.user.Id})
	if err != nil {
		return err
	}
	warned := map[string]time.Time{}
	var ids []string
	for _, s := range silences {
		if until, ok := s.Warning(); ok {
			warned[s.MatchID] = until
			ids = append(ids, s.MatchID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	matches, err := f.app.FindRecordsByIds(kernel.CollectionMatches, ids)
	if err != nil {
		return err
	}
	pairs, err := kernel.FindPairs(f.app, matches)
	if err != nil {
		return err
	}
	for _, pair := range pairs {
		f.addPairDay("decide", pair, warned[pair.Match.Id], f.t("closing.feed.coordinator",
			"mentor", pair.Mentor.GetString("name"), "mentee", pair.Mentee.GetString("name")))
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
