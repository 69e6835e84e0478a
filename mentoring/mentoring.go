// Package mentoring holds the domain actions of a mentoring programme, from an application to
// an active pair: applying, deciding, scoring, the self-service directory and its invitations,
// and the coordinators' matching console. Every function takes core.App, not a request, so the
// portal, the hooks, the cron jobs, the commands and the tests call the same code; each runs
// its writes in one transaction. The e-mails a change calls for are picked by the Mail
// functions, which the record hooks call in the save's transaction whatever the client, in
// the recipient's language.
package mentoring

import (
	"database/sql"
	"errors"
	"slices"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// asRefusal turns the lifecycle hooks' field refusals into refusals of the page as a whole,
// so callers get one kind of error whichever layer said no.
func asRefusal(err error) error {
	for _, code := range []string{kernel.CodeCapacityFull, kernel.CodeCharterNotAccepted, kernel.CodeTransition} {
		if kernel.HasCode(err, code) {
			return kernel.Refuse(code)
		}
	}
	return err
}

// Programme phases, which follow from its dates alone: nobody switches them by hand (README,
// Creating your first programme). A published programme whose applications have not opened
// yet is still in PhaseDraft for applicants.
const (
	PhaseDraft        = "draft"
	PhaseApplications = "applications"
	PhaseMatching     = "matching"
	PhaseRunning      = "running"
	PhaseClosed       = "closed"
)

// Phase returns the phase program is in at now: draft (unpublished or not yet open),
// applications, matching, running or closed. A date left empty is never reached.
func Phase(program *core.Record, now time.Time) string {
	if !program.GetBool("published") {
		return PhaseDraft
	}
	reached := func(field string) bool {
		t := program.GetDateTime(field).Time()
		return !t.IsZero() && !now.Before(t)
	}
	switch {
	case reached("ends_at"):
		return PhaseClosed
	case reached("starts_at"):
		return PhaseRunning
	case reached("applications_close_at"):
		return PhaseMatching
	case reached("applications_open_at"):
		return PhaseApplications
	}
	return PhaseDraft
}

// TakesApplications reports whether program takes applications at now: during its
// applications phase, and while it runs for a self-service programme, where mentees find their
// mentor themselves.
func TakesApplications(program *core.Record, now time.Time) bool {
	switch Phase(program, now) {
	case PhaseApplications:
		return true
	case PhaseRunning:
		return program.GetString("matching_mode") == kernel.MatchingSelfService
	}
	return false
}

// IsCoordinator reports whether userID coordinates programID.
func IsCoordinator(app core.App, userID, programID string) bool {
	program, err := app.FindRecordById(kernel.CollectionPrograms, programID)
	return err == nil && userID != "" && slices.Contains(program.GetStringSlice("coordinators"), userID)
}

// findOwn loads a record of collection by id, or a not_found refusal.
func findOwn(app core.App, collection, id string) (*core.Record, error) {
	r, err := app.FindRecordById(collection, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, kernel.Refuse("mentoring.error.not_found")
	}
	return r, err
}

// localeOf is the language to write to user in a programme.
func localeOf(user, program *core.Record) string {
	return outbox.RecipientLocale(user, program.GetStringSlice("languages"))
}
