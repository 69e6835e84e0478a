// Package workspace is what a pair does together once matched: agree on how they work, arrange
// meetings, keep the road-book, follow the programme's steps and subscribe to a calendar. Its
// functions take core.App (never a request) so the portal, hooks, commands and tests share them;
// each change runs in one transaction. The invites and the road-book e-mail are queued by the
// record hooks of pb_hooks (workspace_*.go), so changes made through the REST API mail too.
package workspace

import (
	"slices"
	"strings"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// Roles of a viewer of the workspace: a member of the pair, by the role the kernel names, or a
// coordinator of its programme, who is no member and so has no role in the schema.
const (
	RoleMentor      = kernel.RoleMentor
	RoleMentee      = kernel.RoleMentee
	RoleCoordinator = "coordinator"
)

// Open returns the pair of matchID and the role of userID in it, if userID may see the pair's
// workspace (Admit). Anyone else gets kernel.ErrNotFound.
func Open(app core.App, userID, matchID string) (*kernel.Pair, string, error) {
	return OpenFrom(app, userID, matchID, func(id string) (*core.Record, error) {
		return app.FindRecordById(kernel.CollectionPrograms, id)
	})
}

// OpenFrom is Open with the pair's programme read by program, from its id: the portal keeps
// the programmes between requests, and every page of a pair opens it.
func OpenFrom(app core.App, userID, matchID string, program func(id string) (*core.Record, error)) (*kernel.Pair, string, error) {
	if userID == "" || matchID == "" {
		return nil, "", kernel.ErrNotFound
	}
	match, err := app.FindRecordById(kernel.CollectionMatches, matchID)
	if err != nil {
		return nil, "", kernel.ErrNotFound
	}
	programme, err := program(match.GetString("program"))
	if err != nil || programme == nil {
		return nil, "", kernel.ErrNotFound
	}
	pair, err := kernel.PairWith(app, match, programme)
	if err != nil {
		return nil, "", kernel.ErrNotFound
	}
	return Admit(pair, userID)
}

// Admit returns pair and the role of userID in it, if userID may see the pair's workspace: a
// member while the match is active or closed, or a coordinator of its programme once the
// match has left the drafts. Anyone else gets kernel.ErrNotFound.
func Admit(pair *kernel.Pair, userID string) (*kernel.Pair, string, error) {
	status := pair.Match.GetString("status")
	if role := pair.Role(userID); role != "" && (status == kernel.MatchActive || status == kernel.MatchClosed) {
		return pair, role, nil
	}
	if userID != "" && status != kernel.MatchDraft && slices.Contains(pair.Program.GetStringSlice("coordinators"), userID) {
		return pair, RoleCoordinator, nil
	}
	return nil, "", kernel.ErrNotFound
}

// openActive returns the pair if userID is one of its members and the match is active: the
// only state in which a pair arranges meetings and writes. A coordinator or a member of a
// closed match gets kernel.ErrNotAllowed, anyone else kernel.ErrNotFound.
func openActive(app core.App, userID, matchID string) (*kernel.Pair, string, error) {
	pair, role, err := Open(app, userID, matchID)
	if err != nil {
		return nil, "", err
	}
	if role == RoleCoordinator || pair.Match.GetString("status") != kernel.MatchActive {
		return nil, "", kernel.ErrNotAllowed
	}
	return pair, role, nil
}

// Agree records that userID, a member of the active match, confirms the mentoring agreement.
// With terms nil the member confirms the terms already written; with terms they write them
// (how often and how the pair meets, what they expect): the same terms again only add their
// confirmation, different ones replace them and ask the partner to confirm anew (the record
// hooks mail the partner).
func Agree(app core.App, userID, matchID string, terms *kernel.Agreement) error {
	return app.RunInTransaction(func(txApp core.App) error {
		pair, role, err := openActive(txApp, userID, matchID)
		if err != nil {
			return err
		}
		current, has := kernel.ReadAgreement(pair.Match)
		next := current
		switch {
		case terms == nil && !has:
			return validation.Errors{"frequency": validation.ErrRequired}
		case terms != nil && (!has || !current.SameTerms(*terms)):
			if err := terms.Validate(); err != nil {
				return err
			}
			next = kernel.Agreement{Frequency: terms.Frequency, Modes: terms.Modes,
				Expectations: strings.TrimSpace(terms.Expectations), ProposedBy: userID}
		}
		if has && current.SameTerms(next) && current.ConfirmedBy(role) {
			return nil
		}
		next.Confirm(role, time.Now())
		next.Store(pair.Match)
		return txApp.Save(pair.Match)
	})
}

// Agreed reports whether the member with role has confirmed the current terms of the
// pair's mentoring agreement.
func Agreed(pair *kernel.Pair, role string) bool {
	a, ok := kernel.ReadAgreement(pair.Match)
	return ok && a.ConfirmedBy(role)
}
