package kernel

import (
	"fmt"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// replyToQueries find the contact address of the programme a record belongs to, per
// collection, through the record's own programme, pair, event or charter: one small query
// per letter, which every letter of a busy import or reminder run can afford.
var replyToQueries = func() map[string]string {
	const byProgram = "SELECT p.contact_email FROM programs p JOIN %s r ON r.program = p.id WHERE r.id = {:id}"
	const byMatch = "SELECT p.contact_email FROM programs p JOIN matches m ON m.program = p.id JOIN %s r ON r.match = m.id WHERE r.id = {:id}"
	q := map[string]string{
		CollectionPrograms: "SELECT contact_email FROM programs WHERE id = {:id}",
		CollectionEventRSVPs: "SELECT p.contact_email FROM programs p JOIN events e ON e.program = p.id " +
			"JOIN event_rsvps r ON r.event = e.id WHERE r.id = {:id}",
		CollectionCharterAcceptances: "SELECT p.contact_email FROM programs p JOIN charters c ON c.program = p.id " +
			"JOIN charter_acceptances r ON r.charter = c.id WHERE r.id = {:id}",
	}
	for _, c := range []string{CollectionApplications, CollectionMatches, CollectionEvaluations, CollectionSupportRequests,
		CollectionEvents, CollectionCharters, CollectionCohortMails} {
		q[c] = fmt.Sprintf(byProgram, c)
	}
	for _, c := range []string{CollectionMeetings, CollectionMessages, CollectionRoadbooks, CollectionGoals,
		CollectionNotes, CollectionCheckins} {
		q[c] = fmt.Sprintf(byMatch, c)
	}
	return q
}()

// ProgramContact is the contact address of the programme the record collection/id belongs to,
// where answers to a mail about it should go; "" when it belongs to none or has no contact.
func ProgramContact(app core.App, collection, id string) string {
	query, ok := replyToQueries[collection]
	if !ok || id == "" {
		return ""
	}
	var contact string
	if err := app.DB().NewQuery(query).Bind(dbx.Params{"id": id}).Row(&contact); err != nil {
		return ""
	}
	return contact
}
