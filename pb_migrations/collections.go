package pb_migrations

import "github.com/pocketbase/pocketbase/core"

// collectionIDs returns the ids of the named collections, in order, for relation fields.
func collectionIDs(app core.App, names ...string) ([]string, error) {
	ids := make([]string, len(names))
	for i, name := range names {
		c, err := app.FindCollectionByNameOrId(name)
		if err != nil {
			return nil, err
		}
		ids[i] = c.Id
	}
	return ids, nil
}

// deleteCollections removes collections in order, for the down half of a migration.
func deleteCollections(app core.App, names ...string) error {
	for _, name := range names {
		c, err := app.FindCollectionByNameOrId(name)
		if err != nil {
			return err
		}
		if err := app.Delete(c); err != nil {
			return err
		}
	}
	return nil
}
