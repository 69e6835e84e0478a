package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Protects the pair's files (road-book attachment, message attachments): without this,
// anyone holding a file's URL could download it. Protected files are served only to a
// request whose viewer passes the collection's view rule; the portal serves them through
// /files/{collection}/{record}/{name}.
func init() {
	m.Register(func(app core.App) error {
		return setFilesProtected(app, true)
	}, func(app core.App) error {
		return setFilesProtected(app, false)
	})
}

func setFilesProtected(app core.App, protected bool) error {
	for collection, field := range map[string]string{"roadbooks": "attachment", "messages": "attachments"} {
		c, err := app.FindCollectionByNameOrId(collection)
		if err != nil {
			return err
		}
		f, ok := c.Fields.GetByName(field).(*core.FileField)
		if !ok {
			continue
		}
		f.Protected = protected
		if err := app.Save(c); err != nil {
			return err
		}
	}
	return nil
}
