package mentoring

import (
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/kernel"
)

// CodeCharterEmpty refuses publishing a charter without a text in the programme's first
// language; it is a catalog key.
const CodeCharterEmpty = "settings.error.charter_empty"

// CharterVersions are a programme's charters, the newest version first.
func CharterVersions(app core.App, programID string) ([]*core.Record, error) {
	return app.FindRecordsByFilter(kernel.CollectionCharters, "program = {:program}", "-version", 0, 0,
		dbx.Params{"program": programID})
}

// CharterDraft is the programme's version being written: the newest one, when it is not
// published yet; nil when every version is published.
func CharterDraft(versions []*core.Record) *core.Record {
	if len(versions) > 0 && versions[0].GetDateTime("published_at").IsZero() {
		return versions[0]
	}
	return nil
}

// SaveCharter writes bodies (language → Markdown) into the programme's draft charter, a new
// version after the newest when there is none, and publishes it when publish is set. A
// published version is never edited: people accepted it as it was. Publishing makes it the
// charter in force, so everyone is asked to accept it again (kernel.HasAcceptedCharter).
func SaveCharter(app core.App, program *core.Record, bodies map[string]string, publish bool) (*core.Record, error) {
	var charter *core.Record
	err := app.RunInTransaction(func(tx core.App) error {
		versions, err := CharterVersions(tx, program.Id)
		if err != nil {
			return err
		}
		charter = CharterDraft(versions)
		if charter == nil {
			collection, err := tx.FindCachedCollectionByNameOrId(kernel.CollectionCharters)
			if err != nil {
				return err
			}
			charter = core.NewRecord(collection)
			charter.Set("program", program.Id)
			charter.Set("version", len(versions)+1)
			if len(versions) > 0 {
				charter.Set("version", versions[0].GetInt("version")+1)
			}
		}
		for _, lang := range i18n.Locales {
			charter.Set("body_"+lang, strings.TrimSpace(bodies[lang]))
		}
		if publish {
			first := kernel.ProgramLanguage(program)
			if charter.GetString("body_"+first) == "" {
				return kernel.RefuseField("body_"+first, CodeCharterEmpty)
			}
			charter.Set("published_at", types.NowDateTime())
		}
		return tx.Save(charter)
	})
	return charter, err
}
