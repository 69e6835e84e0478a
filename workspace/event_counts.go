package workspace

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// EventCount is how many people an event invites and how they answered.
type EventCount struct {
	Invited, Coming, NotComing int
}

// Unanswered is how many invitees have not said yet.
func (c EventCount) Unanswered() int { return c.Invited - c.Coming - c.NotComing }

// EventCounts counts, for the coordinators, the invitees of each of program's events and
// their answers, by event id. Answers of people no longer in the audience are not counted.
// One query per audience in use and one for every answer.
func EventCounts(app core.App, program *core.Record, events []*core.Record) (map[string]EventCount, error) {
	audiences := map[string]map[string]bool{}
	ids := make([]any, len(events))
	for i, e := range events {
		ids[i] = e.Id
		a := EventAudience(e)
		if _, ok := audiences[a]; ok {
			continue
		}
		people, err := Invitees(app, program.Id, a)
		if err != nil {
			return nil, err
		}
		audiences[a] = people
	}
	counts := make(map[string]EventCount, len(events))
	for _, e := range events {
		counts[e.Id] = EventCount{Invited: len(audiences[EventAudience(e)])}
	}
	if len(events) == 0 {
		return counts, nil
	}
	rsvps, err := app.FindAllRecords(kernel.CollectionEventRSVPs, dbx.In("event", ids...))
	if err != nil {
		return nil, err
	}
	audienceOf := map[string]string{}
	for _, e := range events {
		audienceOf[e.Id] = EventAudience(e)
	}
	for _, r := range rsvps {
		event := r.GetString("event")
		if !audiences[audienceOf[event]][r.GetString("user")] {
			continue
		}
		c := counts[event]
		if r.GetString("answer") == kernel.RSVPComing {
			c.Coming++
		} else {
			c.NotComing++
		}
		counts[event] = c
	}
	return counts, nil
}
