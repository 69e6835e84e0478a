package mentoring

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// MentorLoad is what a coordinated programme's proposal asks of one mentor: their seats
// (kernel.MentorSeats, the rule publishing enforces), their active pairs and their draft
// pairs that publishing would make active.
type MentorLoad struct {
	Mentor           *core.Record
	Capacity, Active int
	Drafts           []*core.Record // not excluded, oldest first
}

// Pairs is how many pairs the mentor would have once the proposal is published.
func (l MentorLoad) Pairs() int { return l.Active + len(l.Drafts) }

// Full reports whether the proposal leaves the mentor no seat for one more pair.
func (l MentorLoad) Full() bool { return l.Pairs() >= l.Capacity }

// Over reports whether publishing the proposal would need more seats than the mentor has.
func (l MentorLoad) Over() bool { return l.Pairs() > l.Capacity }

// ProposalLoad counts a mentor's seats, active pairs and publishable drafts, leaving out the
// draft of the mentee exceptMentee (the pair being assigned again).
func ProposalLoad(app core.App, mentor *core.Record, exceptMentee string) (MentorLoad, error) {
	load := MentorLoad{Mentor: mentor}
	var err error
	if load.Capacity, load.Active, err = kernel.MentorSeats(app, mentor, ""); err != nil {
		return load, err
	}
	load.Drafts, err = app.FindRecordsByFilter(kernel.CollectionMatches,
		`mentor = {:mentor} && status = {:status} && excluded = false && mentee != {:mentee}`,
		"created", 0, 0, dbx.Params{"mentor": mentor.Id, "mentee": exceptMentee, "status": kernel.MatchDraft})
	return load, err
}

// Overbooked lists the approved mentors of a programme whose proposal needs more seats than
// they have: publishing would be refused until one of their pairs is dropped or excluded. It
// reads the programme, its mentors, their active seats and the drafts once each.
func Overbooked(app core.App, programID string) ([]MentorLoad, error) {
	program, err := app.FindRecordById(kernel.CollectionPrograms, programID)
	if err != nil {
		return nil, err
	}
	mentors, err := app.FindRecordsByFilter(kernel.CollectionApplications, `program = {:program} && role = {:role} && status = {:status}`,
		"created", 0, 0, dbx.Params{"program": programID, "role": kernel.RoleMentor, "status": kernel.ApplicationApproved})
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(mentors))
	for i, mentor := range mentors {
		ids[i] = mentor.Id
	}
	active, err := kernel.ActiveSeats(app, ids)
	if err != nil {
		return nil, err
	}
	drafts, err := app.FindRecordsByFilter(kernel.CollectionMatches, `program = {:program} && status = {:status} && excluded = false`,
		"created", 0, 0, dbx.Params{"program": programID, "status": kernel.MatchDraft})
	if err != nil {
		return nil, err
	}
	draftsOf := map[string][]*core.Record{}
	for _, d := range drafts {
		draftsOf[d.GetString("mentor")] = append(draftsOf[d.GetString("mentor")], d)
	}
	var over []MentorLoad
	for _, mentor := range mentors {
		load := MentorLoad{Mentor: mentor, Capacity: kernel.MentorCapacity(mentor, program),
			Active: active[mentor.Id], Drafts: draftsOf[mentor.Id]}
		if load.Over() {
			over = append(over, load)
		}
	}
	return over, nil
}

// overbookedRefusal names the first overbooked mentor and the mentees of their proposed
// pairs when the capacity hook refused a publication; other refusals pass through asRefusal.
func overbookedRefusal(app core.App, over []MentorLoad, refused error) error {
	if len(over) == 0 || !kernel.HasCode(refused, kernel.CodeCapacityFull) {
		return asRefusal(refused)
	}
	load := over[0]
	return kernel.Refuse("console.error.publish_over_capacity", "mentor", applicantName(app, load.Mentor),
		"pairs", load.Pairs(), "capacity", load.Capacity, "mentees", menteeNames(app, load.Drafts))
}

// applicantName is the name of the person behind an application.
func applicantName(app core.App, application *core.Record) string {
	if user, err := app.FindRecordById(kernel.CollectionUsers, application.GetString("user")); err == nil {
		return user.GetString("name")
	}
	return application.Id
}

// menteeNames lists the mentees of matches, comma-separated.
func menteeNames(app core.App, matches []*core.Record) string {
	names := ""
	for k, m := range matches {
		if k > 0 {
			names += ", "
		}
		if mentee, err := app.FindRecordById(kernel.CollectionApplications, m.GetString("mentee")); err == nil {
			names += applicantName(app, mentee)
		}
	}
	return names
}
