package workspace

import (
	"slices"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// Segment is who a cohort mail goes to: a kind, with the days without a meeting (no_meeting)
// or the event (attendees) it needs.
type Segment struct {
	Kind    string
	Days    int
	EventID string
}

// Recipient is one person a cohort mail goes to, with their active pair in the programme if
// they have one (for {partner_name} and {match_link}).
type Recipient struct {
	User, Match, Partner *core.Record
}

// CohortRecipients is who segment reaches in program at now, each person once, by name.
func CohortRecipients(app core.App, program *core.Record, segment Segment, now time.Time) ([]Recipient, error) {
	c, err := loadCohort(app, program)
	if err != nil {
		return nil, err
	}
	var keep func(a, m *core.Record) bool
	switch segment.Kind {
	case kernel.SegmentEveryone:
		keep = func(a, _ *core.Record) bool { return a.GetString("status") == kernel.ApplicationApproved }
	case kernel.SegmentMentors, kernel.SegmentMentees:
		role := map[string]string{kernel.SegmentMentors: kernel.RoleMentor, kernel.SegmentMentees: kernel.RoleMentee}[segment.Kind]
		keep = func(a, _ *core.Record) bool {
			return a.GetString("status") == kernel.ApplicationApproved && a.GetString("role") == role
		}
	case kernel.SegmentUnmatched:
		keep = func(a, m *core.Record) bool { return a.GetString("status") == kernel.ApplicationApproved && m == nil }
	case kernel.SegmentWaitlisted:
		keep = func(a, _ *core.Record) bool { return a.GetString("status") == kernel.ApplicationWaitlisted }
	case kernel.SegmentNoAgreement:
		keep = func(_, m *core.Record) bool {
			if m == nil {
				return false
			}
			_, agreed := kernel.ReadAgreement(m)
			return !agreed
		}
	case kernel.SegmentNoMeeting:
		if segment.Days < 1 {
			return nil, kernel.RefuseField("days", "cohortmail.error.days")
		}
		met, err := matchesMetSince(app, c.matchIDs(), now.AddDate(0, 0, -segment.Days))
		if err != nil {
			return nil, err
		}
		keep = func(_, m *core.Record) bool { return m != nil && !met[m.Id] }
	case kernel.SegmentNoCheckin:
		sent, err := midpointSenders(app, c.matchIDs())
		if err != nil {
			return nil, err
		}
		keep = func(a, m *core.Record) bool { return m != nil && !sent[m.Id+"/"+a.GetString("user")] }
	case kernel.SegmentAttendees:
		coming, err := eventComers(app, program.Id, segment.EventID)
		if err != nil {
			return nil, err
		}
		keep = func(a, _ *core.Record) bool { return coming[a.GetString("user")] }
	default:
		return nil, kernel.RefuseField("segment", "cohortmail.error.segment")
	}
	return c.pick(app, keep)
}

// cohort is a programme's applications (the approved and waitlisted) and active pairs.
type cohort struct {
	applications []*core.Record
	activeOf     map[string]*core.Record // active match by application id
	matches      []*core.Record
}

func loadCohort(app core.App, program *core.Record) (*cohort, error) {
	applications, err := app.FindAllRecords(kernel.CollectionApplications, dbx.HashExp{"program": program.Id,
		"status": []any{kernel.ApplicationApproved, kernel.ApplicationWaitlisted}})
	if err != nil {
		return nil, err
	}
	matches, err := app.FindAllRecords(kernel.CollectionMatches, dbx.HashExp{"program": program.Id, "status": kernel.MatchActive})
	if err != nil {
		return nil, err
	}
	c := &cohort{applications: applications, matches: matches, activeOf: map[string]*core.Record{}}
	for _, m := range matches {
		c.activeOf[m.GetString("mentor")], c.activeOf[m.GetString("mentee")] = m, m
	}
	return c, nil
}

func (c *cohort) matchIDs() []any {
	ids := make([]any, len(c.matches))
	for i, m := range c.matches {
		ids[i] = m.Id
	}
	return ids
}

// pick keeps the applications keep accepts and loads their people and partners.
func (c *cohort) pick(app core.App, keep func(a, m *core.Record) bool) ([]Recipient, error) {
	userOf := map[string]string{} // application id → user id
	for _, a := range c.applications {
		userOf[a.Id] = a.GetString("user")
	}
	var chosen []*core.Record
	ids := []string{}
	for _, a := range c.applications {
		if keep(a, c.activeOf[a.Id]) && !slices.Contains(ids, a.GetString("user")) {
			chosen = append(chosen, a)
			ids = append(ids, a.GetString("user"))
		}
	}
	for _, m := range c.matches {
		ids = append(ids, userOf[m.GetString("mentor")], userOf[m.GetString("mentee")])
	}
	users, err := app.FindRecordsByIds(kernel.CollectionUsers, ids)
	if err != nil {
		return nil, err
	}
	byID := map[string]*core.Record{}
	for _, u := range users {
		byID[u.Id] = u
	}
	var out []Recipient
	for _, a := range chosen {
		r := Recipient{User: byID[a.GetString("user")], Match: c.activeOf[a.Id]}
		if r.User == nil {
			continue
		}
		if r.Match != nil {
			other := r.Match.GetString("mentor")
			if other == a.Id {
				other = r.Match.GetString("mentee")
			}
			r.Partner = byID[userOf[other]]
		}
		out = append(out, r)
	}
	slices.SortStableFunc(out, func(x, y Recipient) int {
		return strings.Compare(strings.ToLower(x.User.GetString("name")), strings.ToLower(y.User.GetString("name")))
	})
	return out, nil
}

// matchesMetSince are the matches with a meeting held or confirmed at or after since.
func matchesMetSince(app core.App, matchIDs []any, since time.Time) (map[string]bool, error) {
	met := map[string]bool{}
	if len(matchIDs) == 0 {
		return met, nil
	}
	meetings, err := app.FindAllRecords(kernel.CollectionMeetings, dbx.In("match", matchIDs...),
		dbx.In("status", kernel.MeetingHeld, kernel.MeetingConfirmed),
		dbx.NewExp("starts_at >= {:since}", dbx.Params{"since": since.UTC().Format(types.DefaultDateLayout)}))
	for _, m := range meetings {
		met[m.GetString("match")] = true
	}
	return met, err
}

// midpointSenders are "match/author" of the midpoint evaluations submitted in matchIDs.
func midpointSenders(app core.App, matchIDs []any) (map[string]bool, error) {
	sent := map[string]bool{}
	if len(matchIDs) == 0 {
		return sent, nil
	}
	evaluations, err := app.FindAllRecords(kernel.CollectionEvaluations, dbx.In("match", matchIDs...),
		dbx.HashExp{"kind": kernel.EvaluationMidpoint}, dbx.NewExp("submitted_at != ''"))
	for _, e := range evaluations {
		sent[e.GetString("match")+"/"+e.GetString("author")] = true
	}
	return sent, err
}

// eventComers are the people coming to the programme's event eventID.
func eventComers(app core.App, programID, eventID string) (map[string]bool, error) {
	event, err := app.FindRecordById(kernel.CollectionEvents, eventID)
	if err != nil || event.GetString("program") != programID {
		return nil, kernel.RefuseField("event", "cohortmail.error.event")
	}
	rsvps, err := app.FindAllRecords(kernel.CollectionEventRSVPs, dbx.HashExp{"event": eventID, "answer": kernel.RSVPComing})
	coming := map[string]bool{}
	for _, r := range rsvps {
		coming[r.GetString("user")] = true
	}
	return coming, err
}
