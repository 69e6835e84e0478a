package kernel

import (
	"database/sql"
	"fmt"
	"net/url"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/list"

	"github.com/mentorbase/mentorbase/outbox"
)

// Pair is a match with the records the workspace needs around it: its programme and the two
// people, found through the applications.
type Pair struct {
	Match, Program *core.Record
	Mentor, Mentee *core.Record // users
}

// FindPair loads the match matchID with its programme and both members' user records.
func FindPair(app core.App, matchID string) (*Pair, error) {
	match, err := app.FindRecordById(CollectionMatches, matchID)
	if err != nil {
		return nil, err
	}
	return PairOf(app, match)
}

// PairOf is the pair of match, already loaded (as a record hook or a cron job has it), in
// two queries: the programme, and both members' users (PairWith). Every page of a pair opens
// it: FindPairs' three queries for one pair were one query too many there.
func PairOf(app core.App, match *core.Record) (*Pair, error) {
	program, err := app.FindRecordById(CollectionPrograms, match.GetString("program"))
	if err != nil {
		return nil, err
	}
	return PairWith(app, match, program)
}

// PairWith is the pair of match whose programme is program, already loaded (the portal keeps
// the programmes between requests), in one query: both members' users through their
// applications, the mentor's first.
func PairWith(app core.App, match, program *core.Record) (*Pair, error) {
	var users []*core.Record
	err := app.RecordQuery(CollectionUsers).Select("users.*").
		InnerJoin(CollectionApplications+" pairApps", dbx.NewExp("[[pairApps.user]] = [[users.id]]")).
		Where(dbx.NewExp("[[pairApps.id]] IN ({:pairMentor}, {:pairMentee})",
			dbx.Params{"pairMentor": match.GetString("mentor"), "pairMentee": match.GetString("mentee")})).
		OrderBy("([[pairApps.id]] = {:pairMentor}) DESC").All(&users)
	if err != nil {
		return nil, err
	}
	if len(users) != 2 {
		return nil, fmt.Errorf("match %s: %w", match.Id, sql.ErrNoRows)
	}
	return &Pair{Match: match, Program: program, Mentor: users[0], Mentee: users[1]}, nil
}

// FindPairs is FindPair for each of matches, in their order, in three queries whatever their
// number: the applications, the people and the programmes.
func FindPairs(app core.App, matches []*core.Record) ([]*Pair, error) {
	if len(matches) == 0 {
		return nil, nil
	}
	var applicationIDs, programIDs []string
	for _, m := range matches {
		applicationIDs = append(applicationIDs, m.GetString("mentor"), m.GetString("mentee"))
		programIDs = append(programIDs, m.GetString("program"))
	}
	userOf, err := applicationUsers(app, applicationIDs)
	if err != nil {
		return nil, err
	}
	userIDs := make([]string, 0, len(userOf))
	for _, user := range userOf {
		userIDs = append(userIDs, user)
	}
	users, err := recordsByID(app, CollectionUsers, userIDs)
	if err != nil {
		return nil, err
	}
	programs, err := recordsByID(app, CollectionPrograms, programIDs)
	if err != nil {
		return nil, err
	}
	pairs := make([]*Pair, 0, len(matches))
	for _, m := range matches {
		pair := &Pair{Match: m, Program: programs[m.GetString("program")]}
		pair.Mentor = users[userOf[m.GetString("mentor")]]
		pair.Mentee = users[userOf[m.GetString("mentee")]]
		if pair.Program == nil || pair.Mentor == nil || pair.Mentee == nil {
			return nil, fmt.Errorf("match %s: %w", m.Id, sql.ErrNoRows)
		}
		pairs = append(pairs, pair)
	}
	return pairs, nil
}

// applicationUsers maps each of the applications ids to its user. It reads those two columns
// alone: the pairs' lists (/me, the coordinators' pairs) needed nothing else of the whole
// applications, answers and all, and reading them was a third of the pairs page's time at
// 20,000 participants.
func applicationUsers(app core.App, ids []string) (map[string]string, error) {
	var rows []struct {
		ID   string `db:"id"`
		User string `db:"user"`
	}
	err := app.DB().Select("id", "user").From(CollectionApplications).
		Where(dbx.In("id", list.ToInterfaceSlice(ids)...)).All(&rows)
	if err != nil {
		return nil, err
	}
	userOf := make(map[string]string, len(rows))
	for _, r := range rows {
		userOf[r.ID] = r.User
	}
	return userOf, nil
}

// recordsByID loads the records of collection with ids, by id.
func recordsByID(app core.App, collection string, ids []string) (map[string]*core.Record, error) {
	records, err := app.FindRecordsByIds(collection, ids)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*core.Record, len(records))
	for _, r := range records {
		byID[r.Id] = r
	}
	return byID, nil
}

// Role is RoleMentor or RoleMentee when userID is that member of the pair, else "".
func (p *Pair) Role(userID string) string {
	switch userID {
	case "":
		return ""
	case p.Mentor.Id:
		return RoleMentor
	case p.Mentee.Id:
		return RoleMentee
	}
	return ""
}

// Partner is the member of the pair who is not userID.
func (p *Pair) Partner(userID string) *core.Record {
	if userID == p.Mentor.Id {
		return p.Mentee
	}
	return p.Mentor
}

// Members are the mentor and the mentee, in that order.
func (p *Pair) Members() []*core.Record {
	return []*core.Record{p.Mentor, p.Mentee}
}

// Locale is the language to write to person about this pair: theirs, else the programme's
// first, as every other mail of the programme (RecipientLocale).
func (p *Pair) Locale(person *core.Record) string {
	return outbox.RecipientLocale(person, p.Program.GetStringSlice("languages"))
}

// ProgramName is the programme's name as person reads it, in their language (Locale), with
// the language it is written in (kernel.ProgramName).
func (p *Pair) ProgramName(person *core.Record) outbox.Named {
	return ProgramName(p.Program, p.Locale(person))
}

// PortalURL is the absolute address of path on the portal.
func PortalURL(app core.App, path string) string {
	return strings.TrimRight(app.Settings().Meta.AppURL, "/") + path
}

// PortalDomain is the portal's host name, the right-hand side of iCalendar UIDs.
func PortalDomain(app core.App) string {
	if u, err := url.Parse(app.Settings().Meta.AppURL); err == nil && u.Hostname() != "" {
		return u.Hostname()
	}
	return "mentorbase.invalid"
}
