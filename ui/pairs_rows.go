package ui

import (
	"encoding/json"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// The pairs list reads everything a page of pairs shows in one query, only the columns it
// shows (their last signs of life come with their kept order, pairs_page.go): building the pairs, their people and check-ins as whole records (a pair's score
// details alone weigh a kilobyte), then reading meetings, road-books, check-ins and silences
// one query each, was most of the page's time at 20,000 participants.

// pairRowsSQL reads the pairs of the JSON list {:ids} (their people's names come with their
// kept order, orderedPair; one list rather than a parameter a pair, whose fifty names and
// placeholders cost more than the list) with their held meetings, latest meeting
// that took place by {:now}, road-book, the server's stamps of their silence (its last sign of
// life comes with the kept order, orderedPair) and latest check-in.
const pairRowsSQL = `SELECT m.id AS id, m.status AS status, m.created AS created, m.started_at AS started_at,
	COALESCE(m.agreement, '') AS agreement,
	(SELECT COUNT(*) FROM meetings mt WHERE mt.match = m.id AND mt.status = {:held}) AS held,
	COALESCE((SELECT MAX(mt.starts_at) FROM meetings mt WHERE mt.match = m.id
		AND mt.status IN ({:confirmed}, {:held}) AND mt.starts_at <= {:now}), '') AS last_meeting,
	EXISTS (SELECT 1 FROM roadbooks r WHERE r.match = m.id AND r.submitted_at != '') AS roadbook,
	m.drift_nudged_at AS nudged, m.closing_warned_at AS warned, m.closing_kept_at AS kept,
	COALESCE(c.author, '') AS checkin_author, COALESCE(c.answer, '') AS checkin_answer,
	COALESCE(c.note, '') AS checkin_note, COALESCE(c.created, '') AS checkin_at
FROM json_each({:ids}) page JOIN matches m ON m.id = page.value
	LEFT JOIN checkins c ON c.id = (SELECT c2.id FROM checkins c2 WHERE c2.match = m.id ORDER BY c2.created DESC LIMIT 1)`

// pairRead is one pair as pairRowsSQL reads it, its fields in the order of the columns.
type pairRead struct {
	ID, Status              string
	Created, StartedAt      types.DateTime
	Agreement               string
	Held                    int
	LastMeeting             types.DateTime
	Roadbook                bool
	Nudged, Warned, Kept    types.DateTime
	CheckinBy, Answer, Note string
	CheckinAt               types.DateTime
}

// scan reads the row at rows into r, column by column: dbx's All matched each column to a
// field by reflection, a fifth of the rows' allocations.
func (r *pairRead) scan(rows *dbx.Rows) error {
	return rows.Scan(&r.ID, &r.Status, &r.Created, &r.StartedAt, &r.Agreement, &r.Held, &r.LastMeeting, &r.Roadbook,
		&r.Nudged, &r.Warned, &r.Kept, &r.CheckinBy, &r.Answer, &r.Note, &r.CheckinAt)
}

// readPairRows reads the pairs of program as the list shows them at now, in their order.
func readPairRows(app core.App, program *core.Record, pairs []orderedPair, now time.Time) ([]pairRow, error) {
	ids := make([]string, len(pairs))
	for i, p := range pairs {
		ids[i] = p.ID
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	params := dbx.Params{"ids": string(list), "now": dbTime(now), "held": kernel.MeetingHeld, "confirmed": kernel.MeetingConfirmed}
	read, err := scannedRows[pairRead](app.DB().NewQuery(pairRowsSQL).Bind(params), len(ids))
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*pairRead, len(read))
	for i := range read {
		byID[read[i].ID] = &read[i]
	}
	out := make([]pairRow, 0, len(read))
	for _, p := range pairs {
		if r, ok := byID[p.ID]; ok {
			last, _ := types.ParseDateTime(p.Last) // unreadable: no sign of life, as workspace.Silences reads it
			out = append(out, newPairRow(r, p, last.Time(), program, now))
		}
	}
	return out, nil
}

// scannedRows runs query and reads every row into a T, by T's own scan (the lists read their
// pages column by column, without dbx's reflection); n is how many rows to expect.
func scannedRows[T any, P interface {
	*T
	scan(*dbx.Rows) error
}](query interface{ Rows() (*dbx.Rows, error) }, n int) ([]T, error) {
	rows, err := query.Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	read := make([]T, 0, n)
	for rows.Next() {
		read = append(read, *new(T))
		if err := P(&read[len(read)-1]).scan(rows); err != nil {
			return nil, err
		}
	}
	return read, rows.Err()
}

// newPairRow is the pair r of the people of p, last heard of at last, as its coordinators
// follow it at now.
func newPairRow(r *pairRead, p orderedPair, last time.Time, program *core.Record, now time.Time) pairRow {
	var agreement kernel.Agreement
	if r.Agreement != "" && json.Unmarshal([]byte(r.Agreement), &agreement) != nil {
		agreement = kernel.Agreement{} // none or unreadable: nothing confirmed, as kernel.ReadAgreement says
	}
	mentor, mentee := agreement.ConfirmedBy(kernel.RoleMentor), agreement.ConfirmedBy(kernel.RoleMentee)
	row := pairRow{
		ID: r.ID, Mentor: p.Mentor, Mentee: p.Mentee, Status: r.Status, StatusKey: workspace.PairStatusKeys[r.Status],
		Started:            inProgramZone(program, r.StartedAt.Time()),
		LastMeeting:        inProgramZone(program, r.LastMeeting.Time()),
		AgreementConfirmed: mentor && mentee, AgreementKey: agreementKey(mentor, mentee),
		MeetingsHeld: r.Held, Roadbook: r.Roadbook,
		Openable: r.Status == kernel.MatchActive || r.Status == kernel.MatchClosed,
	}
	if !r.CheckinAt.IsZero() {
		author := p.Mentor
		if r.CheckinBy == p.MenteeUser {
			author = p.Mentee
		}
		v := newCheckinAnswer(program, author, r.Answer, r.Note, r.CheckinAt.Time())
		row.Checkin = &v
	}
	if r.Status == kernel.MatchActive { // workspace.Silences: only active pairs have one
		row.Silence = workspace.Silence{MatchID: r.ID, Last: last, DriftDays: program.GetInt("drift_after_days"),
			CloseDays: program.GetInt("close_after_days"), Nudged: r.Nudged.Time(), Warned: r.Warned.Time(), KeptOpen: r.Kept.Time()}
	}
	row.Closing = newClosingView(row.Silence, program, now)
	row.Attention = pairAttention(row, r.Created.Time(), now)
	return row
}

// agreementKey is what the agreement column says when the mentor and the mentee have
// confirmed it or not.
func agreementKey(mentor, mentee bool) string {
	switch {
	case mentor && mentee:
		return "pairs.agreement_confirmed"
	case mentor:
		return "pairs.agreement_waiting_mentee"
	case mentee:
		return "pairs.agreement_waiting_mentor"
	}
	return "pairs.agreement_pending"
}
