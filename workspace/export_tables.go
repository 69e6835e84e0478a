package workspace

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// applicationTexts are the answers of an application exported as they are, in form order;
// the header of each is "export.col.<field>".
var applicationTexts = []string{"organisation", "study_programme", "education", "city", "area", "availability", "bio",
	"motivation", "expectations", "contribution", "other_wishes", "decision_message"}

// applications is the programme's applications with their applicant, oldest first, read as
// plain columns (loading ten thousand records costs ten times more). The answers only the
// applicant and the coordinators read (kernel.PrivateAnswersVisible) are in it: only
// coordinators and superusers export. A former participant's row has no address: their
// stand-in's is a made-up one at the reserved domain, which reaches nobody.
func (e exporter) applications() (Table, error) {
	var records []dbx.NullStringMap
	err := e.app.DB().NewQuery(`SELECT a.*, u.name AS _name,
		CASE WHEN u.email LIKE {:erased} THEN '' ELSE u.email END AS _email FROM applications a
		JOIN users u ON u.id = a.user WHERE a.program = {:program} ORDER BY a.created, a.id`).
		Bind(dbx.Params{"program": e.program.Id, "erased": "%@" + outbox.ErasedDomain}).All(&records)
	if err != nil {
		return Table{}, err
	}
	tags, err := e.tagLabels()
	if err != nil {
		return Table{}, err
	}
	text := func(field string) func(dbx.NullStringMap) string {
		return func(r dbx.NullStringMap) string { return r[field].String }
	}
	coded := func(field string, words map[string]string) func(dbx.NullStringMap) string {
		return func(r dbx.NullStringMap) string { return e.word(words, r[field].String) }
	}
	// list writes a stored list by words, joined by sep; nil words keep the codes (languages).
	list := func(field string, words map[string]string, sep string) func(dbx.NullStringMap) string {
		return func(r dbx.NullStringMap) string {
			var values []string
			_ = json.Unmarshal([]byte(r[field].String), &values) // an unreadable list exports empty
			for i, v := range values {
				values[i] = e.word(words, v)
			}
			return strings.Join(values, sep)
		}
	}
	whole := func(field string) func(dbx.NullStringMap) string {
		return func(r dbx.NullStringMap) string {
			n, _ := strconv.ParseFloat(r[field].String, 64) // numbers come back as text, possibly "3.0"
			return number(int(n))
		}
	}
	columns := []column[dbx.NullStringMap]{
		{"export.col.id", text("id")},
		{"export.col.name", text("_name")},
		{"export.col.email", text("_email")},
		{"export.col.role", coded("role", RoleKeys)},
		{"export.col.status", coded("status", ApplicationStatusKeys)},
		{"export.col.created", func(r dbx.NullStringMap) string { return e.whenText(r["created"].String) }},
		{"export.col.languages", list("languages", nil, " ")},
		{"export.col.meeting_modes", list("meeting_modes", MeetingModeKeys, "; ")}, // the words hold spaces
		{"export.col.capacity", whole("capacity")},
		{"export.col.study_year", whole("study_year")},
		{"export.col.consent", func(r dbx.NullStringMap) string {
			return e.yesNo(r["consent"].String == "1" || r["consent"].String == "true")
		}},
	}
	for _, field := range applicationTexts {
		columns = append(columns, column[dbx.NullStringMap]{"export.col." + field, text(field)})
	}
	for _, field := range applicationTags {
		columns = append(columns, column[dbx.NullStringMap]{"export.col." + field, func(r dbx.NullStringMap) string {
			return tagList(tags, r[field].String)
		}})
	}
	return table(e, records, columns), nil
}

// applicationTags are the answers chosen from the tag vocabulary, exported by their labels.
var applicationTags = []string{"industry", "job_function", "skills", "interests", "development_areas"}

// tagLabels maps every tag to its label in the reader's language, else English, else its key.
func (e exporter) tagLabels() (map[string]string, error) {
	lang := e.lang
	if !slices.Contains(i18n.Locales, lang) {
		lang = i18n.Fallback // the label column's name comes from it
	}
	var rows []struct{ ID, Label string }
	err := e.app.DB().NewQuery("SELECT id, COALESCE(NULLIF(label_" + lang + ", ''), NULLIF(label_en, ''), key) AS label FROM tags").All(&rows)
	labels := make(map[string]string, len(rows))
	for _, r := range rows {
		labels[r.ID] = r.Label
	}
	return labels, err
}

// tagList writes a stored tag field (one id, or a JSON list of ids) as its labels joined by
// semicolons.
func tagList(labels map[string]string, stored string) string {
	var ids []string
	if json.Unmarshal([]byte(stored), &ids) != nil && stored != "" {
		ids = []string{stored}
	}
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if label, ok := labels[id]; ok {
			names = append(names, label)
		}
	}
	return strings.Join(names, "; ")
}

// pairRecord is one pair as the pairs export reads it, in one query.
type pairRecord struct {
	ID, Mentor, Mentee, Status, Origin, EndReason, EndedBy string
	Score, Held, Minutes                                   int
	Agreed                                                 bool
	StartedAt, EndedAt                                     types.DateTime
}

// pairs is every pair of the programme (console drafts too, which coordinators read), with
// its meetings held and the time spent, oldest first.
func (e exporter) pairs() (Table, error) {
	var records []pairRecord
	err := e.app.DB().NewQuery(`SELECT m.id AS id, tu.name AS mentor, eu.name AS mentee, m.status AS status,
		m.origin AS origin, m.end_reason AS end_reason, m.score AS score, m.started_at AS started_at, m.ended_at AS ended_at,
		CASE WHEN m.ended_by = '' THEN '' WHEN m.ended_by = tu.id THEN 'mentor' WHEN m.ended_by = eu.id THEN 'mentee' ELSE 'coordinator' END AS ended_by,
		(json_extract(m.agreement, '$.confirmed.mentor') IS NOT NULL AND json_extract(m.agreement, '$.confirmed.mentee') IS NOT NULL) AS agreed,
		(SELECT COUNT(*) FROM meetings mt WHERE mt.match = m.id AND mt.status = {:statusHeld}) AS held,
		(SELECT COALESCE(SUM(mt.minutes_spent), 0) FROM meetings mt WHERE mt.match = m.id AND mt.status = {:statusHeld}) AS minutes
		FROM matches m ` + pairNames + `
		WHERE m.program = {:program} ORDER BY m.created`).Bind(dbx.Params{"program": e.program.Id, "statusHeld": kernel.MeetingHeld}).All(&records)
	if err != nil {
		return Table{}, err
	}
	return table(e, records, []column[pairRecord]{
		{"export.col.id", func(r pairRecord) string { return r.ID }},
		{"export.col.mentor", func(r pairRecord) string { return r.Mentor }},
		{"export.col.mentee", func(r pairRecord) string { return r.Mentee }},
		{"export.col.status", func(r pairRecord) string { return e.word(PairStatusKeys, r.Status) }},
		{"export.col.origin", func(r pairRecord) string { return e.word(pairOriginWords, r.Origin) }},
		{"export.col.score", func(r pairRecord) string { return fmt.Sprint(r.Score) }},
		{"export.col.started_at", func(r pairRecord) string { return e.when(r.StartedAt) }},
		{"export.col.agreement", func(r pairRecord) string { return e.yesNo(r.Agreed) }},
		{"export.col.meetings_held", func(r pairRecord) string { return fmt.Sprint(r.Held) }},
		{"export.col.minutes_spent", func(r pairRecord) string { return fmt.Sprint(r.Minutes) }},
		{"export.col.ended_at", func(r pairRecord) string { return e.when(r.EndedAt) }},
		{"export.col.ended_by", func(r pairRecord) string { return e.word(endedByWords, r.EndedBy) }},
		{"export.col.end_reason", func(r pairRecord) string { return r.EndReason }},
	}), nil
}

// meetingRecord is one meeting as the meetings export reads it.
type meetingRecord struct {
	ID, Pair, Mode, Status string
	Minutes                int
	StartsAt, EndsAt       types.DateTime
}

// meetings is every meeting of the programme's pairs, in date order: when, how, its status
// and the time recorded. Places, links, agendas and the pair's shared notes stay with the
// pair.
func (e exporter) meetings() (Table, error) {
	var records []meetingRecord
	err := e.app.DB().NewQuery(`SELECT mt.id AS id, tu.name || ' – ' || eu.name AS pair, mt.mode AS mode, mt.status AS status,
		mt.minutes_spent AS minutes, mt.starts_at AS starts_at, mt.ends_at AS ends_at
		FROM meetings mt JOIN matches m ON m.id = mt.match ` + pairNames + `
		WHERE m.program = {:program} ORDER BY mt.starts_at`).Bind(dbx.Params{"program": e.program.Id}).All(&records)
	if err != nil {
		return Table{}, err
	}
	return table(e, records, []column[meetingRecord]{
		{"export.col.id", func(r meetingRecord) string { return r.ID }},
		{"export.col.pair", func(r meetingRecord) string { return r.Pair }},
		{"export.col.starts_at", func(r meetingRecord) string { return e.when(r.StartsAt) }},
		{"export.col.ends_at", func(r meetingRecord) string { return e.when(r.EndsAt) }},
		{"export.col.mode", func(r meetingRecord) string { return e.word(MeetingModeKeys, r.Mode) }},
		{"export.col.status", func(r meetingRecord) string { return e.word(MeetingStatusKeys, r.Status) }},
		{"export.col.minutes_spent", func(r meetingRecord) string { return number(r.Minutes) }},
	}), nil
}
