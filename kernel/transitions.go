package kernel

import (
	"slices"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// matchTransitions are the status changes a match may make: a draft is published (active) or
// cancelled; an invitation is accepted (active), declined, expired or cancelled; an active
// pair is closed or cancelled. A closed, declined, expired or cancelled match is history and
// does not change again.
var matchTransitions = map[string][]string{
	MatchDraft:   {MatchActive, MatchCancelled},
	MatchInvited: {MatchActive, MatchDeclined, MatchExpired, MatchCancelled},
	MatchActive:  {MatchClosed, MatchCancelled},
}

// applicationTransitions: coordinators may revise a decision; the applicant may withdraw at
// any time and come back, which submits the application again (and meets the charter gate).
// An imported application is submitted by its applicant confirming it, or withdrawn.
var applicationTransitions = map[string][]string{
	ApplicationSubmitted:  {ApplicationApproved, ApplicationWaitlisted, ApplicationRejected, ApplicationWithdrawn},
	ApplicationApproved:   {ApplicationWaitlisted, ApplicationRejected, ApplicationWithdrawn},
	ApplicationWaitlisted: {ApplicationApproved, ApplicationRejected, ApplicationWithdrawn},
	ApplicationRejected:   {ApplicationApproved, ApplicationWaitlisted, ApplicationWithdrawn},
	ApplicationWithdrawn:  {ApplicationSubmitted},
	ApplicationImported:   {ApplicationSubmitted, ApplicationWithdrawn},
}

// MatchMayBecome reports whether a match whose stored status is from may be saved with status
// to. Keeping its status is always allowed. The lifecycle hooks refuse any other change,
// whoever saves the match, so the portal, the REST API and the dashboard follow one table.
func MatchMayBecome(from, to string) bool {
	return from == to || slices.Contains(matchTransitions[from], to)
}

// ApplicationMayBecome reports whether an application whose stored status is from may be
// saved with status to, as MatchMayBecome does for a match.
func ApplicationMayBecome(from, to string) bool {
	return from == to || slices.Contains(applicationTransitions[from], to)
}

// CheckTransition refuses saving record (a match or an application) with a status that
// allowed (MatchMayBecome, ApplicationMayBecome) does not reach from its stored one, whoever
// saves it, so no path skips a step of the lifecycle.
func CheckTransition(app core.App, record *core.Record, allowed func(from, to string) bool) error {
	from, err := StoredValue(app, record, "status")
	if err != nil {
		return err
	}
	to := record.GetString("status")
	if !allowed(from, to) {
		return RefuseField("status", CodeTransition, "from", from, "to", to).Validation()
	}
	return nil
}

// StampMatchDates dates the start of a pair that becomes active and the end of one that
// closes, when whoever saved it gave no date, so a pair made active or closed through the
// REST API or the dashboard carries the dates the portal's paths set. Only the change of
// status is dated: a later save of an undated pair does not invent when it started.
func StampMatchDates(app core.App, match *core.Record) error {
	status := match.GetString("status")
	field := map[string]string{MatchActive: "started_at", MatchClosed: "ended_at"}[status]
	if field == "" || !match.GetDateTime(field).IsZero() {
		return nil
	}
	if !match.IsNew() {
		from, err := StoredValue(app, match, "status")
		if err != nil {
			return err
		}
		if from == status {
			return nil
		}
	}
	match.Set(field, types.NowDateTime())
	return nil
}

// StoredValue reads field of record as it is in the database (through app, so inside the
// caller's transaction). Record.Original is not enough: it is refreshed only when a record is
// loaded, not after a save, so code saving one record twice would see stale values.
func StoredValue(app core.App, record *core.Record, field string) (string, error) {
	var value string
	err := app.DB().Select(field).From(record.Collection().Name).
		Where(dbx.HashExp{"id": record.Id}).Row(&value)
	return value, err
}
