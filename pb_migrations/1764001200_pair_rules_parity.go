package pb_migrations

import (
	"slices"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Brings the API rules of the pair's evaluations, goals and messages in line with what the
// portal lets people do (DESIGN §3: the REST API, the dashboard and the portal never
// disagree): the partner reads a submitted evaluation of a form shared with them, either
// member keeps the action plan, and the recipient of a message marks it read.
func init() {
	m.Register(func(app core.App) error {
		return saveRules(app, parityRules)
	}, func(app core.App) error {
		return saveRules(app, func(core.App) (map[string]collectionRules, error) {
			old := pairRules()
			return map[string]collectionRules{
				"evaluations": old["evaluations"], "goals": old["goals"], "messages": old["messages"],
			}, nil
		})
	})
}

// partnerSharedEvaluationKinds are the kinds of evaluation the partner reads once submitted:
// workspace.EvaluationForms with SharedWithPartner. Written out rather than read from that
// table so the migration does the same on every database whenever it runs; a test in
// pb_hooks fails when the table and this rule disagree, and a change then needs a new
// migration.
var partnerSharedEvaluationKinds = []string{"first_interview"}

// saveRules sets the list, view, create, update and delete rules of each collection.
func saveRules(app core.App, rulesOf func(core.App) (map[string]collectionRules, error)) error {
	rules, err := rulesOf(app)
	if err != nil {
		return err
	}
	for name, r := range rules {
		c, err := app.FindCollectionByNameOrId(name)
		if err != nil {
			return err
		}
		c.ListRule, c.ViewRule = r.view, r.view
		c.CreateRule, c.UpdateRule, c.DeleteRule = r.create, r.update, r.delete
		if err := app.Save(c); err != nil {
			return err
		}
	}
	return nil
}

func parityRules(app core.App) (map[string]collectionRules, error) {
	messages, err := app.FindCollectionByNameOrId("messages")
	if err != nil {
		return nil, err
	}
	return map[string]collectionRules{
		"evaluations": sharedEvaluationsRules(),
		"goals":       sharedGoalsRules(),
		"messages":    readableMessagesRules(messages),
	}, nil
}

// sharedEvaluationsRules: as before, and the other member of the pair reads a submitted
// evaluation of a kind shared with the partner (workspace.Due.Readable).
func sharedEvaluationsRules() collectionRules {
	r := evaluationsRules()
	kinds := make([]string, len(partnerSharedEvaluationKinds))
	for i, k := range partnerSharedEvaluationKinds {
		kinds[i] = `kind = "` + k + `"`
	}
	partner := allOf(`match != ""`, `submitted_at != ""`, memberOf("match"), anyOf(kinds...))
	r.view = rule(anyOf(*r.view, partner))
	return r
}

// sharedGoalsRules: the action plan is the pair's, so either member of the active match adds,
// edits, ticks off and deletes goals (workspace.AddGoal, ToggleGoal, DeleteGoal); coordinators
// follow it but do not write it, as in the portal.
func sharedGoalsRules() collectionRules {
	member := memberOf("match")
	activeMember := allOf(member, `match.status = "active"`)
	return collectionRules{
		view:   rule(anyOf(member, coordinates("match.program"))),
		create: rule(allOf(activeMember, "created_by = "+me)),
		update: rule(allOf(activeMember, unchanged("match", "created_by"))),
		delete: rule(activeMember),
	}
}

// readableMessagesRules: the author edits and deletes their message but never says it was
// read; the recipient, the other member, only sets read_at (workspace.MarkRead); nobody else
// changes a message. messages is the collection, whose fields the recipient may not send.
func readableMessagesRules(messages *core.Collection) collectionRules {
	r := pairRecordRules("author", true)
	member := memberOf("match")
	author := allOf(member, "author = "+me)
	recipient := allOf(member, "author != "+me, onlyInBody(messages, "read_at"))
	r.update = rule(anyOf(allOf(author, unchanged("match", "author", "read_at")), recipient))
	return r
}

// onlyInBody: the request body sets none of the collection's fields but allowed (file
// modifiers such as "attachments+" count as their field). Automatic dates cannot be sent.
func onlyInBody(c *core.Collection, allowed ...string) string {
	var parts []string
	for _, f := range c.Fields {
		if _, auto := f.(*core.AutodateField); auto || slices.Contains(allowed, f.GetName()) {
			continue
		}
		parts = append(parts, "@request.body."+f.GetName()+":isset = false")
	}
	return allOf(parts...)
}
