package pb_migrations

import "github.com/pocketbase/pocketbase/core"

// collectionRules are the rules of one collection; list and view share one rule. nil means
// superusers only.
type collectionRules struct{ view, create, update, delete *string }

func rule(s string) *string { return &s }

// saveRules sets the list, view, create, update and delete rules of each collection.
func saveRules(app core.App, rules map[string]collectionRules) error {
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
