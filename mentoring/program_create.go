package mentoring

import (
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/kernel"
)

// CodeSlugTaken refuses a programme address already in use; it is a catalog key.
const CodeSlugTaken = "settings.error.slug_taken"

// CreateProgram starts a programme in the portal: coordinatorID runs it, it speaks language
// in timezone, and it stays unpublished (seen by its coordinators only) until its settings
// are done. The rest takes the defaults; dates come on the settings page.
func CreateProgram(app core.App, coordinatorID, slug, name, language, timezone string) (*core.Record, error) {
	slug, name = strings.TrimSpace(slug), strings.TrimSpace(name)
	errs := validation.Errors{}
	if name == "" {
		errs["name"] = kernel.RefuseField("name", CodeSettingsName)
	}
	if !i18n.Supported(language) {
		errs["language"] = kernel.RefuseField("language", CodeSettingsLanguages)
	}
	if loc, err := time.LoadLocation(timezone); err != nil || timezone == "" || loc.String() == "Local" {
		errs["timezone"] = kernel.RefuseField("timezone", CodeSettingsZone)
	}
	if taken, err := app.CountRecords(kernel.CollectionPrograms, dbx.HashExp{"slug": slug}); err != nil {
		return nil, err
	} else if taken > 0 {
		errs["slug"] = kernel.RefuseField("slug", CodeSlugTaken)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	collection, err := app.FindCachedCollectionByNameOrId(kernel.CollectionPrograms)
	if err != nil {
		return nil, err
	}
	program := core.NewRecord(collection)
	program.Load(map[string]any{"slug": slug, "name": name, "name_" + language: name, "languages": []string{language},
		"timezone": timezone, "matching_mode": kernel.MatchingCoordinated, "requires_approval": true,
		"coordinators": []string{coordinatorID}, "published": false})
	return program, app.Save(program)
}
