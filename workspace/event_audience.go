package workspace

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/list"

	"github.com/mentorbase/mentorbase/kernel"
)

// EventAudience is the event's audience, kernel.AudienceAll when it has none.
func EventAudience(event *core.Record) string {
	if a := event.GetString("audience"); a != "" {
		return a
	}
	return kernel.AudienceAll
}

// EventCancelled reports whether the event is called off.
func EventCancelled(event *core.Record) bool {
	return event.GetString("status") == kernel.EventCancelled
}

// Invitees are the people of programID an event addressed to audience invites, by user id:
// the approved participants (all, or those of one role), or the members of the programme's
// active pairs. Two queries at most, however many people.
func Invitees(app core.App, programID, audience string) (map[string]bool, error) {
	ids := map[string]bool{}
	if audience == kernel.AudiencePaired {
		var users []string
		err := app.DB().NewQuery(`SELECT a.user FROM matches m JOIN applications a ON a.id IN (m.mentor, m.mentee)
			WHERE m.program = {:program} AND m.status = {:matchActive}`).
			Bind(dbx.Params{"program": programID, "matchActive": kernel.MatchActive}).Column(&users)
		for _, u := range users {
			ids[u] = true
		}
		return ids, err
	}
	var users []string
	err := app.DB().Select("user").From(kernel.CollectionApplications).Where(approvedOf(programID, audience)).Column(&users)
	for _, u := range users {
		ids[u] = true
	}
	return ids, err
}

// IsInvited reports whether userID is invited to event: in its audience now.
func IsInvited(app core.App, event *core.Record, userID string) (bool, error) {
	if userID == "" {
		return false, nil
	}
	cond, params := audienceHas("{:user}", event.GetString("program"), EventAudience(event))
	params["user"] = userID
	invited := false
	err := app.DB().NewQuery("SELECT " + cond).Bind(params).Row(&invited)
	return invited, err
}

// AudiencesOf are, by programme, the audiences userID belongs to in each of programIDs: all
// and their role's once approved, paired while in an active pair. Two queries in all.
func AudiencesOf(app core.App, userID string, programIDs []string) (map[string]map[string]bool, error) {
	if userID == "" || len(programIDs) == 0 {
		return audiencesOf(programIDs, nil, nil), nil
	}
	var applications []approvedRole
	err := app.DB().Select("program", "role").From(kernel.CollectionApplications).
		Where(dbx.HashExp{"user": userID, "status": kernel.ApplicationApproved}).
		AndWhere(dbx.In("program", list.ToInterfaceSlice(programIDs)...)).All(&applications)
	if err != nil {
		return nil, err
	}
	var paired []string
	err = app.DB().Select("matches.program").Distinct(true).From(kernel.CollectionMatches).
		Where(dbx.HashExp{"matches.status": kernel.MatchActive}).AndWhere(kernel.MatchesOf(userID)).Column(&paired)
	return audiencesOf(programIDs, applications, paired), err
}

// AudiencesFrom is AudiencesOf from what a page of the person read already, without a
// query: their applications and their matches (of any status: only the approved
// applications and the active matches count).
func AudiencesFrom(programIDs []string, applications, matches []*core.Record) map[string]map[string]bool {
	var approved []approvedRole
	for _, a := range applications {
		if a.GetString("status") == kernel.ApplicationApproved {
			approved = append(approved, approvedRole{Program: a.GetString("program"), Role: a.GetString("role")})
		}
	}
	var paired []string
	for _, m := range matches {
		if m.GetString("status") == kernel.MatchActive {
			paired = append(paired, m.GetString("program"))
		}
	}
	return audiencesOf(programIDs, approved, paired)
}

// approvedRole is a person's approved application: its programme and role.
type approvedRole struct {
	Program string `db:"program"`
	Role    string `db:"role"`
}

// audiencesOf is AudiencesOf from the person's approved applications and the programmes of
// their active pairs.
func audiencesOf(programIDs []string, approved []approvedRole, paired []string) map[string]map[string]bool {
	out := make(map[string]map[string]bool, len(programIDs))
	for _, id := range programIDs {
		out[id] = map[string]bool{}
	}
	roleAudience := map[string]string{kernel.RoleMentor: kernel.AudienceMentors, kernel.RoleMentee: kernel.AudienceMentees}
	for _, a := range approved {
		if out[a.Program] != nil {
			out[a.Program][kernel.AudienceAll] = true
			out[a.Program][roleAudience[a.Role]] = true
		}
	}
	for _, p := range paired {
		if out[p] != nil {
			out[p][kernel.AudiencePaired] = true
		}
	}
	return out
}

// MyAnswers are userID's answers to events, by event id, in one query.
func MyAnswers(app core.App, userID string, eventIDs []string) (map[string]string, error) {
	answers := map[string]string{}
	if userID == "" || len(eventIDs) == 0 {
		return answers, nil
	}
	records, err := app.FindAllRecords(kernel.CollectionEventRSVPs, dbx.HashExp{"user": userID},
		dbx.In("event", list.ToInterfaceSlice(eventIDs)...))
	for _, r := range records {
		answers[r.GetString("event")] = r.GetString("answer")
	}
	return answers, err
}
