package kernel

import "slices"

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
var applicationTransitions = map[string][]string{
	ApplicationSubmitted:  {ApplicationApproved, ApplicationWaitlisted, ApplicationRejected, ApplicationWithdrawn},
	ApplicationApproved:   {ApplicationWaitlisted, ApplicationRejected, ApplicationWithdrawn},
	ApplicationWaitlisted: {ApplicationApproved, ApplicationRejected, ApplicationWithdrawn},
	ApplicationRejected:   {ApplicationApproved, ApplicationWaitlisted, ApplicationWithdrawn},
	ApplicationWithdrawn:  {ApplicationSubmitted},
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
