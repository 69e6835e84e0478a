package cli

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// demoPairCount is how many active pairs a self-service demo programme starts with.
const demoPairCount = 3

// ensureDemoPairs gives a self-service programme a few pairs that already work together
// (mentor i with mentee i) and one invitation waiting for the first mentor, so the accounts
// the demo prints open onto a real workspace and an invitation to answer.
func ensureDemoPairs(app core.App, program *core.Record, mentors, mentees []*core.Record, now time.Time) error {
	if program.GetString("matching_mode") != kernel.MatchingSelfService || len(mentors) < demoPairCount || len(mentees) <= demoPairCount {
		return nil
	}
	for i := range demoPairCount {
		values := map[string]any{
			"status": kernel.MatchActive, "origin": kernel.OriginInvitation, "started_at": now.UTC(),
			"message": demoInvitationMessage, "response": "",
		}
		if i > 0 {
			values["agreement"] = demoAgreement(mentees[i].GetString("user"), i == 2, now)
		}
		if err := ensureDemoMatch(app, program, mentors[i], mentees[i], values); err != nil {
			return err
		}
	}
	return ensureDemoMatch(app, program, mentors[0], mentees[demoPairCount], map[string]any{
		"status": kernel.MatchInvited, "origin": kernel.OriginInvitation, "message": demoInvitationMessage,
		"expires_at": now.AddDate(0, 0, program.GetInt("invitation_ttl_days")).UTC(),
	})
}

// demoAgreement is a mentoring agreement the mentee wrote, confirmed by the mentor too when
// both is set: the demo shows a pair with no agreement yet, one waiting for the mentor, one
// agreed.
func demoAgreement(menteeUser string, both bool, now time.Time) kernel.Agreement {
	a := kernel.Agreement{Frequency: "fortnightly", Modes: []string{kernel.ModeVideo, kernel.ModeInPerson}, ProposedBy: menteeUser,
		Expectations: "Prepare my applications for a first job; answer messages within a few days."}
	a.Confirm(kernel.RoleMentee, now)
	if both {
		a.Confirm(kernel.RoleMentor, now)
	}
	return a
}

const demoInvitationMessage = "Your path is close to the one I want to take; I would love to hear how you got there."

// ensureDemoMatch creates the pair's match with its score unless the pair already has one:
// the people trying the demo may have moved it on (accepted, closed), and that stays.
func ensureDemoMatch(app core.App, program, mentor, mentee *core.Record, values map[string]any) error {
	result, err := mentoring.ScorePair(app, mentee, mentor)
	if err != nil {
		return err
	}
	values["score"] = result.Score
	values["score_details"] = result
	_, err = ensureRecord(app, kernel.CollectionMatches,
		map[string]any{"program": program.Id, "mentor": mentor.Id, "mentee": mentee.Id}, values)
	return err
}

// demoEventTexts are the events' words in a programme's first language: the calendar feed
// and the portal put the programme's name before the title.
var demoEventTexts = map[string]struct{ kickoff, closing, place, welcome string }{
	"en": {"Kickoff", "Closing evening", "Main hall", "All mentors and mentees of the programme are welcome."},
	"fr": {"Lancement du programme", "Soirée de clôture", "Grand amphithéâtre", "Tous les mentors et mentorés du programme sont les bienvenus."},
	"sv": {"Uppstartsmöte", "Avslutningsträff", "Stora salen", "Alla mentorer och adepter i programmet är välkomna."},
}

// ensureDemoEvents adds the programme's kickoff at its start and closing at its end.
func ensureDemoEvents(app core.App, program *core.Record, p demoProgram, now time.Time) error {
	dates := p.dates(now)
	words := demoEventTexts[p.languages[0]]
	for _, ev := range []struct {
		kind, title string
		at          time.Time
	}{
		{kernel.EventKickoff, words.kickoff, dates["starts_at"].Add(8 * time.Hour)},
		{kernel.EventClosing, words.closing, dates["ends_at"].Add(8 * time.Hour)},
	} {
		_, err := ensureRecord(app, kernel.CollectionEvents, map[string]any{"program": program.Id, "kind": ev.kind}, map[string]any{
			"title": ev.title, "starts_at": ev.at, "ends_at": ev.at.Add(2 * time.Hour),
			"location": words.place, "description": words.welcome,
		})
		if err != nil {
			return err
		}
	}
	return nil
}
