package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Opens the collections to the API with the confidentiality README "Security" promises:
// visitors read the public part, participants their own records and their pair's shared ones
// (never a draft match, never someone else's note), coordinators everything of their own
// programmes only.
// Contact details are hidden per viewer by the users enrich hook in pb_hooks.
// The rules are written out because a database that applied this migration keeps them until
// a later migration changes them: they must not follow later edits of any shared code.
func init() {
	rules := map[string]collectionRules{
		// The applicant, the programme's coordinators, the other member of a non-draft match, and
		// any signed-in user for the directory's listed mentors. Only coordinators decide; the
		// applicant may only withdraw.
		"applications": {
			view: rule(`((@request.auth.id != "" && user = @request.auth.id) || ` +
				`(@request.auth.id != "" && program.coordinators.id ?= @request.auth.id) || ` +
				`(@request.auth.id != "" && ` +
				`(matches_via_mentor.mentee.user ?= @request.auth.id && ` +
				`matches_via_mentor.status ?!= "draft")) || (@request.auth.id != "" && ` +
				`(matches_via_mentee.mentor.user ?= @request.auth.id && ` +
				`matches_via_mentee.status ?!= "draft")) || (@request.auth.id != "" && ` +
				`role = "mentor" && status = "approved" && listed_in_directory = true && ` +
				`program.published = true && program.matching_mode = "self_service"))`),
			create: rule(`((@request.auth.id != "" && user = @request.auth.id) && status = "submitted" && ` +
				`program.published = true && decision_message = "")`),
			update: rule(`(((@request.auth.id != "" && user = @request.auth.id) && ` +
				`(@request.body.program:changed = false && @request.body.user:changed = false && ` +
				`@request.body.role:changed = false && ` +
				`@request.body.decision_message:changed = false) && ` +
				`(@request.body.status:changed = false || ` +
				`@request.body.status = "withdrawn")) || ((@request.auth.id != "" && ` +
				`program.coordinators.id ?= @request.auth.id) && ` +
				`(@request.body.program:changed = false && @request.body.user:changed = false)))`),
		},
		// A person signs for themself only, a published charter of a published programme; a
		// signature is never edited or withdrawn through the API.
		"charter_acceptances": {
			view: rule(`((@request.auth.id != "" && user = @request.auth.id) || ` +
				`(@request.auth.id != "" && charter.program.coordinators.id ?= @request.auth.id))`),
			create: rule(`(@request.auth.id != "" && user = @request.auth.id && ` +
				`charter.published_at != "" && charter.program.published = true)`),
		},
		// A version people may have accepted is never edited or deleted: publish a new one.
		"charters": {
			view: rule(`((program.published = true && published_at != "") || (@request.auth.id != "" && ` +
				`program.coordinators.id ?= @request.auth.id))`),
			create: rule(`(@request.auth.id != "" && program.coordinators.id ?= @request.auth.id)`),
			update: rule(`((@request.auth.id != "" && program.coordinators.id ?= @request.auth.id) && ` +
				`published_at = "" && (@request.body.program:changed = false))`),
			delete: rule(`((@request.auth.id != "" && program.coordinators.id ?= @request.auth.id) && ` +
				`published_at = "")`),
		},
		// Forms are read by their author and the programme's coordinators; an author fills one in
		// about their own pair, or programme feedback about a programme they applied to, and edits
		// it until it is submitted.
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
		"events": {
			view: rule(`(program.published = true || (@request.auth.id != "" && ` +
				`program.coordinators.id ?= @request.auth.id))`),
			create: rule(`(@request.auth.id != "" && program.coordinators.id ?= @request.auth.id)`),
			update: rule(`((@request.auth.id != "" && program.coordinators.id ?= @request.auth.id) && ` +
				`(@request.body.program:changed = false))`),
			delete: rule(`(@request.auth.id != "" && program.coordinators.id ?= @request.auth.id)`),
		},
		// Goals and messages: members write them while the match is active, the author alone
		// changes or deletes them, coordinators read and update them.
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
		// Members see their non-draft matches; a mentee may invite (never activate) a listed mentor
		// of a self-service programme; members may only decline or cancel; coordinators manage the
		// matches of their programmes but never move one to other people.
		"matches": {
			view: rule(`((@request.auth.id != "" && status != "draft" && ` +
				`(mentor.user = @request.auth.id || mentee.user = @request.auth.id)) || ` +
				`(@request.auth.id != "" && program.coordinators.id ?= @request.auth.id))`),
			create: rule(`((@request.auth.id != "" && mentee.user = @request.auth.id && ` +
				`status = "invited" && origin = "invitation" && mentee.program = program && ` +
				`mentee.role = "mentee" && mentor.program = program && mentor.role = "mentor" && ` +
				`mentor.status = "approved" && mentor.listed_in_directory = true && ` +
				`program.matching_mode = "self_service" && locked = false && ` +
				`excluded = false) || ((@request.auth.id != "" && ` +
				`program.coordinators.id ?= @request.auth.id) && mentor.program = program && ` +
				`mentee.program = program))`),
			update: rule(`(((@request.auth.id != "" && status != "draft" && ` +
				`(mentor.user = @request.auth.id || mentee.user = @request.auth.id)) && ` +
				`(@request.body.program:changed = false && ` +
				`@request.body.mentor:changed = false && @request.body.mentee:changed = false && ` +
				`@request.body.origin:changed = false && @request.body.score:changed = false && ` +
				`@request.body.score_details:changed = false && ` +
				`@request.body.locked:changed = false && ` +
				`@request.body.excluded:changed = false && ` +
				`@request.body.expires_at:changed = false && ` +
				`@request.body.started_at:changed = false) && ` +
				`(@request.body.status:changed = false || @request.body.status = "declined" || ` +
				`@request.body.status = "cancelled")) || ((@request.auth.id != "" && ` +
				`program.coordinators.id ?= @request.auth.id) && ` +
				`(@request.body.program:changed = false && ` +
				`@request.body.mentor:changed = false && @request.body.mentee:changed = false)))`),
			delete: rule(`((@request.auth.id != "" && program.coordinators.id ?= @request.auth.id) && ` +
				`status = "draft")`),
		},
		// Either member proposes and reschedules; meetings are cancelled, not deleted.
		"meetings": {
			view: rule(`((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) || (@request.auth.id != "" && ` +
				`match.program.coordinators.id ?= @request.auth.id))`),
			create: rule(`((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) && match.status = "active" && ` +
				`proposed_by = @request.auth.id && status = "proposed")`),
			update: rule(`(((@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)) && ` +
				`(@request.body.match:changed = false && ` +
				`@request.body.proposed_by:changed = false)) || ((@request.auth.id != "" && ` +
				`match.program.coordinators.id ?= @request.auth.id) && ` +
				`(@request.body.match:changed = false && ` +
				`@request.body.proposed_by:changed = false)))`),
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
		// A note is its author's alone: not the partner's, not the coordinators'.
		"notes": {
			view: rule(`(@request.auth.id != "" && author = @request.auth.id)`),
			create: rule(`((@request.auth.id != "" && author = @request.auth.id) && ` +
				`(@request.auth.id != "" && match.status != "draft" && ` +
				`(match.mentor.user = @request.auth.id || match.mentee.user = @request.auth.id)))`),
			update: rule(`((@request.auth.id != "" && author = @request.auth.id) && ` +
				`(@request.body.author:changed = false && @request.body.match:changed = false))`),
			delete: rule(`(@request.auth.id != "" && author = @request.auth.id)`),
		},
		// An empty rule lets everybody in, visitors included.
		"pages": {
			view: rule(""),
		},
		"programs": {
			view: rule(`(published = true || (@request.auth.id != "" && ` +
				`coordinators.id ?= @request.auth.id))`),
			update: rule(`((@request.auth.id != "" && coordinators.id ?= @request.auth.id) && ` +
				`(@request.body.coordinators:changed = false))`),
		},
		// The mentee writes the road-book; the mentor reads it once submitted.
		"roadbooks": {
			view: rule(`((@request.auth.id != "" && match.status != "draft" && ` +
				`match.mentee.user = @request.auth.id) || (@request.auth.id != "" && ` +
				`match.status != "draft" && match.mentor.user = @request.auth.id && ` +
				`submitted_at != "") || (@request.auth.id != "" && ` +
				`match.program.coordinators.id ?= @request.auth.id))`),
			create: rule(`((@request.auth.id != "" && match.status != "draft" && ` +
				`match.mentee.user = @request.auth.id) && match.status = "active")`),
			update: rule(`(((@request.auth.id != "" && match.status != "draft" && ` +
				`match.mentee.user = @request.auth.id) && ` +
				`(@request.body.match:changed = false)) || ((@request.auth.id != "" && ` +
				`match.program.coordinators.id ?= @request.auth.id) && ` +
				`(@request.body.match:changed = false)))`),
		},
		// Only the coordinators answer; the person who asked may close their request.
		"support_requests": {
			view: rule(`((@request.auth.id != "" && user = @request.auth.id) || ` +
				`(@request.auth.id != "" && program.coordinators.id ?= @request.auth.id))`),
			create: rule(`((@request.auth.id != "" && user = @request.auth.id) && status = "open" && ` +
				`answer = "" && program.applications_via_program.user ?= @request.auth.id && ` +
				`(match = "" || (match.program = program && (@request.auth.id != "" && ` +
				`match.status != "draft" && (match.mentor.user = @request.auth.id || ` +
				`match.mentee.user = @request.auth.id)))))`),
			update: rule(`(((@request.auth.id != "" && user = @request.auth.id) && ` +
				`(@request.body.user:changed = false && @request.body.program:changed = false && ` +
				`@request.body.match:changed = false && @request.body.answer:changed = false) && ` +
				`(@request.body.status:changed = false || @request.body.status = "closed")) || ` +
				`((@request.auth.id != "" && program.coordinators.id ?= @request.auth.id) && ` +
				`(@request.body.user:changed = false && @request.body.program:changed = false)))`),
		},
		"tags": {
			view: rule(""),
			create: rule(`(program != "" && (@request.auth.id != "" && ` +
				`program.coordinators.id ?= @request.auth.id))`),
			update: rule(`(program != "" && (@request.auth.id != "" && ` +
				`program.coordinators.id ?= @request.auth.id) && ` +
				`(@request.body.program:changed = false))`),
			delete: rule(`(program != "" && (@request.auth.id != "" && ` +
				`program.coordinators.id ?= @request.auth.id))`),
		},
		// A person sees themself, the partners of their invited or active matches, the applicants
		// of programmes they coordinate, and approved mentors listed in a self-service directory.
		// Which of them also see e-mail and phone is decided by the users enrich hook.
		"users": {
			view: rule(`((@request.auth.id != "" && id = @request.auth.id) || ` +
				`(@request.auth.id != "" && ` +
				`(applications_via_user.matches_via_mentor.mentee.user ?= @request.auth.id && ` +
				`(applications_via_user.matches_via_mentor.status ?= "invited" || ` +
				`applications_via_user.matches_via_mentor.status ?= "active"))) || ` +
				`(@request.auth.id != "" && ` +
				`(applications_via_user.matches_via_mentee.mentor.user ?= @request.auth.id && ` +
				`(applications_via_user.matches_via_mentee.status ?= "invited" || ` +
				`applications_via_user.matches_via_mentee.status ?= "active"))) || ` +
				`(@request.auth.id != "" && ` +
				`applications_via_user.program.coordinators.id ?= @request.auth.id) || ` +
				`(@request.auth.id != "" && applications_via_user.role ?= "mentor" && ` +
				`applications_via_user.status ?= "approved" && ` +
				`applications_via_user.listed_in_directory ?= true && ` +
				`applications_via_user.program.published ?= true && ` +
				`applications_via_user.program.matching_mode ?= "self_service"))`),
			create: rule(""),
			update: rule(`(@request.auth.id != "" && id = @request.auth.id)`),
			delete: rule(`(@request.auth.id != "" && id = @request.auth.id)`),
		},
	}
	m.Register(func(app core.App) error {
		return saveRules(app, rules)
	}, func(app core.App) error {
		closed := map[string]collectionRules{}
		for name := range rules {
			closed[name] = collectionRules{}
		}
		return saveRules(app, closed)
	})
}
