package pb_hooks

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/pocketbase/pocketbase/core"
)

// Pair is a match with the records the workspace needs around it: its programme and the two
// people, found through the applications.
type Pair struct {
	Match, Program *core.Record
	Mentor, Mentee *core.Record // users
}

// FindPair loads the match matchID with its programme and both members' user records.
func FindPair(app core.App, matchID string) (*Pair, error) {
	match, err := app.FindRecordById("matches", matchID)
	if err != nil {
		return nil, err
	}
	program, err := app.FindRecordById("programs", match.GetString("program"))
	if err != nil {
		return nil, err
	}
	mentor, err := applicantOf(app, match.GetString("mentor"))
	if err != nil {
		return nil, err
	}
	mentee, err := applicantOf(app, match.GetString("mentee"))
	if err != nil {
		return nil, err
	}
	return &Pair{Match: match, Program: program, Mentor: mentor, Mentee: mentee}, nil
}

func applicantOf(app core.App, applicationID string) (*core.Record, error) {
	application, err := app.FindRecordById("applications", applicationID)
	if err != nil {
		return nil, fmt.Errorf("application %s: %w", applicationID, err)
	}
	return app.FindRecordById("users", application.GetString("user"))
}

// Role is "mentor" or "mentee" when userID is that member of the pair, else "".
func (p *Pair) Role(userID string) string {
	switch userID {
	case "":
		return ""
	case p.Mentor.Id:
		return "mentor"
	case p.Mentee.Id:
		return "mentee"
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

// localeOf is the language to write to person about this pair: theirs, else the programme's
// first, as every other mail of the programme (RecipientLocale).
func (p *Pair) localeOf(person *core.Record) string {
	return RecipientLocale(person, p.Program.GetStringSlice("languages"))
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
