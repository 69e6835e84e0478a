package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
)

// Size limits shared by several collections.
const (
	mb            = 1 << 20
	maxShortText  = 200
	maxLongText   = 5000
	maxMarkdown   = 50000
	maxJSONBytes  = 64 << 10
	usersID       = "_pb_users_auth_"
	maxAttachSize = 10 * mb
)

// Languages a programme runs in; the portal is translated into each.
var portalLocales = []string{"en", "fr", "sv"}

// ISO 639-1 codes offered to applicants for the languages they speak.
var languageCodes = []string{
	"ar", "bg", "bn", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "he", "hi",
	"hr", "hu", "id", "is", "it", "ja", "ko", "lt", "lv", "nl", "no", "pl", "pt", "ro", "ru",
	"sk", "sl", "so", "sq", "sr", "sv", "sw", "ta", "th", "ti", "tr", "uk", "ur", "vi", "zh",
}

var meetingModes = []string{"in_person", "video", "phone"}

func text(name, help string, max int, required bool) *core.TextField {
	return &core.TextField{Name: name, Help: help, Max: max, Required: required}
}

func number(name, help string, min, max float64) *core.NumberField {
	return &core.NumberField{Name: name, Help: help, Min: &min, Max: &max, OnlyInt: true}
}

func date(name, help string, required bool) *core.DateField {
	return &core.DateField{Name: name, Help: help, Required: required}
}

func boolean(name, help string) *core.BoolField {
	return &core.BoolField{Name: name, Help: help}
}

func jsonField(name, help string) *core.JSONField {
	return &core.JSONField{Name: name, Help: help, MaxSize: maxJSONBytes}
}

func choice(name, help string, required bool, values ...string) *core.SelectField {
	return &core.SelectField{Name: name, Help: help, Required: required, Values: values, MaxSelect: 1}
}

func choices(name, help string, values ...string) *core.SelectField {
	return &core.SelectField{Name: name, Help: help, Values: values, MaxSelect: len(values)}
}

// relation links to one record of collectionID; cascade deletes this record with its target.
func relation(name, help, collectionID string, required, cascade bool) *core.RelationField {
	return &core.RelationField{
		Name: name, Help: help, CollectionId: collectionID,
		Required: required, CascadeDelete: cascade, MaxSelect: 1,
	}
}

func relations(name, help, collectionID string, maxSelect int) *core.RelationField {
	return &core.RelationField{Name: name, Help: help, CollectionId: collectionID, MaxSelect: maxSelect}
}

// addAutodates gives a collection the created/updated stamps every collection carries.
func addAutodates(c *core.Collection) {
	c.Fields.Add(
		&core.AutodateField{Name: "created", OnCreate: true},
		&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
	)
}

// newCollection builds a base collection with fields followed by the autodate stamps.
// Rules stay nil (superusers only) until the rules migration opens them.
func newCollection(name string, fields ...core.Field) *core.Collection {
	c := core.NewBaseCollection(name)
	c.Fields.Add(fields...)
	addAutodates(c)
	return c
}

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
