package mentoring

import (
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/kernel"
)

// TagKinds are the vocabularies a programme's tags belong to (tags.kind).
var TagKinds = []string{"skill", "industry", "job_function", "interest"}

// Catalog codes of the tags' refusals.
const (
	CodeTagKey   = "settings.error.tag_key"
	CodeTagLabel = "settings.error.tag_label"
)

// tagKey is the pattern of tags.key: lower-case letters, digits and underscores.
var tagKey = regexp.MustCompile(`^[a-z0-9_]{1,80}$`)

// TagRow is one row of a programme's tag list as typed: an existing tag (ID set) or a new
// one, with its label per language; Remove deletes an existing one.
type TagRow struct {
	ID, Kind, Key string
	Labels        map[string]string
	Remove        bool
}

// ProgramTags are the tags programID offers as its own, by kind then key.
func ProgramTags(app core.App, programID string) ([]*core.Record, error) {
	return app.FindRecordsByFilter(kernel.CollectionTags, "program = {:program}", "kind,key", 0, 0,
		map[string]any{"program": programID})
}

// SaveProgramTags applies rows to the programme's own tags in one transaction: labels
// changed, tags removed, new ones added (a row with neither key nor label is left out).
// Mistakes are refused beside their row's field, named <field>_<row number from 1>.
func SaveProgramTags(app core.App, program *core.Record, rows []TagRow) error {
	return app.RunInTransaction(func(tx core.App) error {
		collection, err := tx.FindCachedCollectionByNameOrId(kernel.CollectionTags)
		if err != nil {
			return err
		}
		errs := validation.Errors{}
		for i, row := range rows {
			n := strconv.Itoa(i + 1)
			if err := saveTagRow(tx, collection, program, row, n); err != nil {
				var refused *kernel.Error
				if errors.As(err, &refused) && refused.Kind == kernel.KindRefused {
					errs[refused.Field] = refused
					continue
				}
				return err
			}
		}
		if len(errs) > 0 {
			return errs
		}
		return nil
	})
}

func saveTagRow(app core.App, collection *core.Collection, program *core.Record, row TagRow, n string) error {
	var tag *core.Record
	if row.ID != "" {
		found, err := app.FindRecordById(kernel.CollectionTags, row.ID)
		if err != nil || found.GetString("program") != program.Id {
			return kernel.ErrNotFound
		}
		if row.Remove {
			return app.Delete(found)
		}
		tag = found
	} else {
		key := strings.TrimSpace(row.Key)
		if key == "" && !hasLabel(row.Labels) {
			return nil
		}
		if !tagKey.MatchString(key) || !slices.Contains(TagKinds, row.Kind) {
			return kernel.RefuseField("key_"+n, CodeTagKey)
		}
		tag = core.NewRecord(collection)
		tag.Load(map[string]any{"program": program.Id, "kind": row.Kind, "key": key})
	}
	if !hasLabel(row.Labels) {
		return kernel.RefuseField("label_"+n, CodeTagLabel)
	}
	for _, lang := range i18n.Locales {
		tag.Set("label_"+lang, strings.TrimSpace(row.Labels[lang]))
	}
	if err := app.Save(tag); err != nil {
		var invalid validation.Errors
		if errors.As(err, &invalid) { // the key is taken in this vocabulary
			return kernel.RefuseField("key_"+n, CodeTagKey)
		}
		return err
	}
	return nil
}

func hasLabel(labels map[string]string) bool {
	for _, l := range labels {
		if strings.TrimSpace(l) != "" {
			return true
		}
	}
	return false
}
