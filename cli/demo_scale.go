package cli

import (
	"encoding/json"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"
	"golang.org/x/crypto/bcrypt"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// scaleWorld counts what addScale wrote.
type scaleWorld struct{ people, pairs, meetings, messages int }

// addScale adds n generated participants to the demo programmes (a quarter mentors and a
// quarter mentees in each), an active pair for every other mentor, four meetings and four
// messages per pair (and four messages to the demo's own silent pairs): the data a large
// university holds, for measuring the portal.
//
// It writes rows straight into the tables in one transaction, without the record hooks: they
// would queue tens of thousands of letters (application received, pair published, meetings)
// and check, one record at a time, rules that the generated data keeps by construction (the
// charter accepted before applying, one seat per pair, one mentor per mentee). 20,000 people
// take seconds this way instead of many minutes.
func addScale(app core.App, n int, now time.Time) (scaleWorld, error) {
	var w scaleWorld
	hash, err := bcrypt.GenerateFromPassword([]byte(demoPassword), bcrypt.DefaultCost)
	if err != nil {
		return w, err
	}
	tags, err := upsertDemoTags(app)
	if err != nil {
		return w, err
	}
	err = app.RunInTransaction(func(tx core.App) error {
		applications, err := tx.FindCollectionByNameOrId(kernel.CollectionApplications)
		if err != nil {
			return err
		}
		s := &scaleWriter{tx: tx, applications: applications, hash: string(hash), tags: tags, at: now.UTC(), world: &w}
		for i, p := range demoPrograms {
			if err := s.program(p, n/4+n%4*(1-i), n/4); err != nil {
				return err
			}
		}
		return nil
	})
	return w, err
}

// scaleWriter inserts the generated rows of one scale run.
type scaleWriter struct {
	tx           core.App
	applications *core.Collection  // to read a generated application as matching does
	hash         string            // the demo password's bcrypt hash, computed once
	tags         map[string]string // "kind/key" → tag id
	at           time.Time
	world        *scaleWorld
}

// program adds mentors and mentees to a demo programme, which must have been loaded, and
// pairs the first half of its new mentors with as many of its new mentees.
func (s *scaleWriter) program(p demoProgram, mentors, mentees int) error {
	program, err := s.tx.FindFirstRecordByData(kernel.CollectionPrograms, "slug", p.slug)
	if err != nil {
		return fmt.Errorf("load the demo first: %w", err)
	}
	charter, err := s.tx.FindFirstRecordByFilter(kernel.CollectionCharters, "program = {:p}", dbx.Params{"p": program.Id})
	if err != nil {
		return err
	}
	criteria, err := mentoring.ProgramCriteria(program)
	if err != nil {
		return err
	}
	if err := s.silentDemoPairs(program.Id); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(uint64(s.at.UnixNano()), uint64(len(p.slug))))
	areas := slices.Sorted(maps.Keys(p.areas))
	var apps [2][]scalePerson // mentors, mentees
	for i := range mentors + mentees {
		person := demoPerson{locale: p.peopleLocales[i%len(p.peopleLocales)], role: kernel.RoleMentee, status: kernel.ApplicationApproved}
		person.area = areas[rng.IntN(len(areas))]
		person.city = p.areas[person.area]
		person.languages = demoLanguages(rng, person.locale)
		person.meetingModes = pickSome(rng, kernel.MeetingModes, 1, 3)
		role := 0
		if i < mentors {
			fillDemoMentor(rng, &person)
		} else {
			fillDemoMentee(rng, &person)
			role = 1
		}
		profile, err := s.person(rng, program.Id, charter.Id, person)
		if err != nil {
			return err
		}
		apps[role] = append(apps[role], profile)
	}
	for i := range min(len(apps[0])/2, len(apps[1])) {
		if err := s.pair(rng, program.Id, apps[0][i], apps[1][i], criteria); err != nil {
			return err
		}
	}
	return nil
}

// scalePerson is a generated participant: their account and what matching reads of their
// application.
type scalePerson struct {
	user    string
	profile matching.Profile
}

// person inserts one account, its acceptance of the charter and its application.
func (s *scaleWriter) person(rng *rand.Rand, programID, charterID string, p demoPerson) (scalePerson, error) {
	names := demoNames[p.locale]
	first, last := names.first[rng.IntN(len(names.first))], names.last[rng.IntN(len(names.last))]
	userID, appID := core.GenerateDefaultRandomId(), core.GenerateDefaultRandomId()
	stamp := s.stamp(-rng.IntN(60))
	err := s.insert("users", dbx.Params{"id": userID, "name": first + " " + last,
		"email":    fmt.Sprintf("%s.%s@scale.example.com", asciiFold.Replace(first+"."+last), userID),
		"password": s.hash, "tokenKey": security.RandomString(50), "verified": true, "locale": p.locale,
		"created": stamp, "updated": stamp})
	if err == nil {
		err = s.insert(kernel.CollectionCharterAcceptances, dbx.Params{"id": core.GenerateDefaultRandomId(),
			"user": userID, "charter": charterID, "role": p.role, "accepted_at": stamp, "created": stamp, "updated": stamp})
	}
	if err != nil {
		return scalePerson{}, err
	}
	values := demoApplicationValues(p, s.tags)
	record := core.NewRecord(s.applications)
	record.Load(values)
	profile := mentoring.Profile(record)
	profile.ID = appID
	row := dbx.Params{"id": appID, "program": programID, "user": userID, "created": stamp, "updated": stamp}
	for field, value := range values {
		if list, ok := value.([]string); ok {
			encoded, _ := json.Marshal(list)
			value = string(encoded)
		}
		row[field] = value
	}
	s.world.people++
	return scalePerson{userID, profile}, s.insert(kernel.CollectionApplications, row)
}

// pair inserts an active pair with its score, four meetings (two held, two coming) and four
// messages.
func (s *scaleWriter) pair(rng *rand.Rand, programID string, mentor, mentee scalePerson, criteria matching.Criteria) error {
	id, started := core.GenerateDefaultRandomId(), s.stamp(-30-rng.IntN(30))
	result := matching.Score(mentee.profile, mentor.profile, criteria)
	details, _ := json.Marshal(result)
	err := s.insert(kernel.CollectionMatches, dbx.Params{"id": id, "program": programID, "mentor": mentor.profile.ID,
		"mentee": mentee.profile.ID, "status": kernel.MatchActive, "origin": kernel.OriginInvitation, "score": result.Score,
		"score_details": string(details), "message": demoInvitationMessage, "started_at": started,
		"created": started, "updated": started})
	for j := range 4 {
		if err != nil {
			return err
		}
		status, day := kernel.MeetingHeld, -20+j*10
		if j >= 2 {
			status = kernel.MeetingConfirmed
		}
		err = s.insert(kernel.CollectionMeetings, dbx.Params{"id": core.GenerateDefaultRandomId(), "match": id,
			"starts_at": s.stamp(day), "ends_at": s.stamp(day), "mode": kernel.ModeVideo, "status": status,
			"minutes_spent": 60, "created": started, "updated": started})
	}
	if err != nil {
		return err
	}
	s.world.pairs++
	s.world.meetings += 4
	return s.conversation(id, mentor.user, mentee.user)
}

// conversation inserts the four messages of a pair, mentee and mentor in turn.
func (s *scaleWriter) conversation(match, mentor, mentee string) error {
	for j, body := range scaleMessages {
		err := s.insert(kernel.CollectionMessages, dbx.Params{"id": core.GenerateDefaultRandomId(), "match": match,
			"author": []string{mentee, mentor}[j%2], "body": body, "created": s.stamp(-25 + j*5), "updated": s.stamp(-25 + j*5),
			"read_at": s.stamp(-24 + j*5)})
		if err != nil {
			return err
		}
	}
	s.world.messages += len(scaleMessages)
	return nil
}

// silentDemoPairs gives the demo's own active pairs of a programme without a message the
// generated pairs' conversation, so that the pages `load` measures as the demo's mentee (and
// PocketBase's list of her messages) hold one like every other pair's. PocketBase answers
// a filtered list that finds nothing, asked more than 3 times in 3 s, after a random pause
// of up to half a second (its guard against timing attacks), which the load would measure.
func (s *scaleWriter) silentDemoPairs(programID string) error {
	var pairs []struct {
		ID     string `db:"id"`
		Mentor string `db:"mentor"`
		Mentee string `db:"mentee"`
	}
	err := s.tx.DB().NewQuery(`SELECT m.id AS id, a.user AS mentor, b.user AS mentee FROM matches m
		JOIN applications a ON a.id = m.mentor JOIN applications b ON b.id = m.mentee
		WHERE m.program = {:program} AND m.status = {:matchActive} AND NOT EXISTS (SELECT 1 FROM messages WHERE match = m.id)`).
		Bind(dbx.Params{"program": programID, "matchActive": kernel.MatchActive}).All(&pairs)
	for _, p := range pairs {
		if err != nil {
			return err
		}
		err = s.conversation(p.ID, p.Mentor, p.Mentee)
	}
	return err
}

var scaleMessages = []string{
	"Thank you for accepting! When would suit you for a first call?",
	"Tuesday at 18:00 works for me; I will send an invitation.",
	"Here are my notes from our meeting, with the three points we agreed on.",
	"Good luck with the interview on Friday, tell me how it went.",
}

func (s *scaleWriter) insert(table string, row dbx.Params) error {
	_, err := s.tx.DB().Insert(table, row).Execute()
	return err
}

// stamp is a PocketBase date column's text, days from the run's time.
func (s *scaleWriter) stamp(days int) string {
	return s.at.AddDate(0, 0, days).Format("2006-01-02 15:04:05.000Z")
}
