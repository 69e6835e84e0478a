package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Brings the API rules of the pair's evaluations, goals and messages in line with what the
// portal lets people do (README "Security": the REST API, the dashboard and the portal never
// disagree): the partner reads a submitted evaluation of a form shared with them, either
// member keeps the action plan, and the recipient of a message marks it read.
// The rules are written out, down's too, so that the migration does the same on every
// database whenever it runs, whatever shared code or later migrations become.
func init() {
	rules := map[string]collectionRules{
		// As before, and the other member of the pair reads a submitted evaluation of a kind
		// shared with the partner (workspace.Due.Readable). The kinds are those of
		// workspace.EvaluationForms with SharedWithPartner; a test in pb_hooks fails when that
		// table and this rule disagree, and a change then needs a new migration.
		"evaluations": {
			view: rule(`(((@request.auth.id != "" && author = @request.auth.id) || ` +
				`(@request.auth.id != "" && program.coordinators.id ?= @request.auth.id)) || ` +
				`(match != "" && submitted_at != "" && (@request.auth.id != "" && ` +
				`match.status != "draft" && (match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) && (kind = "first_interview")))`),
			create: rule(`((@request.auth.id != "" && author = @request.auth.id) && ((match != "" && ` +
				`match.program = program && (@request.auth.id != "" && ` +
				`match.status != "draft" && (match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id))) || (match = "" && ` +
				`kind = "program_feedback" && ` +
				`program.applications_via_program.user ?= @request.auth.id)))`),
			update: rule(`(((@request.auth.id != "" && author = @request.auth.id) && submitted_at = "" && ` +
				`(@request.body.author:changed = false && @request.body.match:changed = false && ` +
				`@request.body.program:changed = false)) || ((@request.auth.id != "" && ` +
				`program.coordinators.id ?= @request.auth.id) && ` +
				`(@request.body.author:changed = false && @request.body.match:changed = false && ` +
				`@request.body.program:changed = false)))`),
		},
		// The action plan is the pair's, so either member of the active match adds, edits,
		// ticks off and deletes goals (workspace.AddGoal, ToggleGoal, DeleteGoal); coordinators
		// follow it but do not write it, as in the portal.
		"goals": {
			view: rule(`((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) || (@request.auth.id != "" && ` +
				`match.program.coordinators.id ?= @request.auth.id))`),
			create: rule(`(((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) && match.status = "active") && ` +
				`created_by = @request.auth.id)`),
			update: rule(`(((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) && match.status = "active") && ` +
				`(@request.body.match:changed = false && ` +
				`@request.body.created_by:changed = false))`),
			delete: rule(`((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) && match.status = "active")`),
		},
		// The author edits and deletes their message but never says it was read; the recipient,
		// the other member, only sets read_at (workspace.MarkRead) and sends none of the other
		// fields messages had then; nobody else changes a message.
		"messages": {
			view: rule(`((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) || (@request.auth.id != "" && ` +
				`match.program.coordinators.id ?= @request.auth.id))`),
			create: rule(`(((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) && author = @request.auth.id) && ` +
				`match.status = "active")`),
			update: rule(`((((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) && author = @request.auth.id) && ` +
				`(@request.body.match:changed = false && @request.body.author:changed = false && ` +
				`@request.body.read_at:changed = false)) || ((@request.auth.id != "" && ` +
				`match.status != "draft" && (match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) && author != @request.auth.id && ` +
				`(@request.body.id:isset = false && @request.body.match:isset = false && ` +
				`@request.body.author:isset = false && @request.body.body:isset = false && ` +
				`@request.body.attachments:isset = false)))`),
			delete: rule(`((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) && author = @request.auth.id)`),
		},
	}
	// as 1764001000 left them
	previous := map[string]collectionRules{
		"evaluations": {
			view: rule(`((@request.auth.id != "" && author = @request.auth.id) || ` +
				`(@request.auth.id != "" && program.coordinators.id ?= @request.auth.id))`),
			create: rule(`((@request.auth.id != "" && author = @request.auth.id) && ((match != "" && ` +
				`match.program = program && (@request.auth.id != "" && ` +
				`match.status != "draft" && (match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id))) || (match = "" && ` +
				`kind = "program_feedback" && ` +
				`program.applications_via_program.user ?= @request.auth.id)))`),
			update: rule(`(((@request.auth.id != "" && author = @request.auth.id) && submitted_at = "" && ` +
				`(@request.body.author:changed = false && @request.body.match:changed = false && ` +
				`@request.body.program:changed = false)) || ((@request.auth.id != "" && ` +
				`program.coordinators.id ?= @request.auth.id) && ` +
				`(@request.body.author:changed = false && @request.body.match:changed = false && ` +
				`@request.body.program:changed = false)))`),
		},
		"goals": {
			view: rule(`((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) || (@request.auth.id != "" && ` +
				`match.program.coordinators.id ?= @request.auth.id))`),
			create: rule(`(((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) && created_by = @request.auth.id) && ` +
				`match.status = "active")`),
			update: rule(`((((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) && created_by = @request.auth.id) && ` +
				`(@request.body.match:changed = false && ` +
				`@request.body.created_by:changed = false)) || ((@request.auth.id != "" && ` +
				`match.program.coordinators.id ?= @request.auth.id) && ` +
				`(@request.body.match:changed = false && ` +
				`@request.body.created_by:changed = false)))`),
			delete: rule(`((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) && created_by = @request.auth.id)`),
		},
		"messages": {
			view: rule(`((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) || (@request.auth.id != "" && ` +
				`match.program.coordinators.id ?= @request.auth.id))`),
			create: rule(`(((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) && author = @request.auth.id) && ` +
				`match.status = "active")`),
			update: rule(`((((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) && author = @request.auth.id) && ` +
				`(@request.body.match:changed = false && ` +
				`@request.body.author:changed = false)) || ((@request.auth.id != "" && ` +
				`match.program.coordinators.id ?= @request.auth.id) && ` +
				`(@request.body.match:changed = false && @request.body.author:changed = false)))`),
			delete: rule(`((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) && author = @request.auth.id)`),
		},
	}
	m.Register(func(app core.App) error {
		return saveRules(app, rules)
	}, func(app core.App) error {
		return saveRules(app, previous)
	})
}
