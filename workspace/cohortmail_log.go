package workspace

import (
	"fmt"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// CohortLogRow is one letter of a cohort mail: the mail (its segment, when it was sent) and
// the outbox record, whose status says whether it was delivered.
type CohortLogRow struct {
	Mail, Letter *core.Record
}

// cohortLetters are the outbox rows of a programme's cohort mails, through the index of the
// outbox by related record.
const cohortLetters = " FROM {{outbox}} o JOIN {{cohort_mails}} c ON c.id = o.related_id" +
	" WHERE o.related_collection = {:collection} AND c.program = {:program}"

// CohortLog is one page of the letters of a programme's cohort mails, newest first (limit
// from offset), and how many there are in all.
func CohortLog(app core.App, programID string, offset, limit int) ([]CohortLogRow, int, error) {
	params := dbx.Params{"collection": kernel.CollectionCohortMails, "program": programID}
	var total int
	if err := app.DB().NewQuery("SELECT COUNT(*)" + cohortLetters).Bind(params).Row(&total); err != nil || total == 0 {
		return nil, total, err
	}
	var ids []string
	err := app.DB().NewQuery("SELECT o.id" + cohortLetters + " ORDER BY c.created DESC, c.id, [[o.to]]" +
		fmt.Sprintf(" LIMIT %d OFFSET %d", limit, offset)).Bind(params).Column(&ids)
	if err != nil || len(ids) == 0 {
		return nil, total, err
	}
	letters, err := app.FindRecordsByIds(kernel.CollectionOutbox, ids)
	if err != nil {
		return nil, total, err
	}
	byID := map[string]*core.Record{}
	mailIDs := []string{}
	for _, l := range letters {
		byID[l.Id] = l
		mailIDs = append(mailIDs, l.GetString("related_id"))
	}
	mails, err := app.FindRecordsByIds(kernel.CollectionCohortMails, mailIDs)
	mailOf := map[string]*core.Record{}
	for _, m := range mails {
		mailOf[m.Id] = m
	}
	rows := make([]CohortLogRow, 0, len(ids))
	for _, id := range ids {
		if l := byID[id]; l != nil && mailOf[l.GetString("related_id")] != nil {
			rows = append(rows, CohortLogRow{Mail: mailOf[l.GetString("related_id")], Letter: l})
		}
	}
	return rows, total, err
}
