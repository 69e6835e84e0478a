package workspace

import (
	"archive/zip"
	"encoding/json"
	"io"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/filesystem"

	"github.com/mentorbase/mentorbase/kernel"
)

// PersonalDataKinds name the JSON files of a personal-data export, one per kind of record a
// person owns or shares, in the order they are written.
var PersonalDataKinds = []string{"account", "applications", "charter_acceptances", "pairs", "meetings",
	"messages", "roadbooks", "evaluations", "goals", "notes", "support_requests", "event_answers", "checkins",
	"availability"}

// accountSecrets never leave the server, not even to their owner: PocketBase's password hash
// and the key that signs their sessions.
var accountSecrets = map[string]bool{"password": true, "tokenKey": true}

// ExportPerson writes to w, as a ZIP, everything the portal holds about user: a JSON file per
// kind of record (PersonalDataKinds; every file is there, "[]" when empty) with the records
// they own and those they share in a pair (its meetings, messages, road-book and goals), and
// the files they uploaded under files/<collection>/<record>/. An export a coordinator runs on
// the person's request leaves out private notes, which nobody but their author reads. The
// export is logged.
func ExportPerson(app core.App, user *core.Record, actor PrivacyActor, w io.Writer) error {
	records, err := personalRecords(app, user, actor.Via != kernel.PrivacyByCoordinator)
	if err != nil {
		return err
	}
	z := zip.NewWriter(w)
	for _, kind := range PersonalDataKinds {
		data := make([]map[string]any, 0, len(records[kind]))
		for _, r := range records[kind] {
			data = append(data, recordData(r))
		}
		f, err := z.Create(kind + ".json")
		if err != nil {
			return err
		}
		enc := json.NewEncoder(f)
		enc.SetIndent("", "  ")
		if err := enc.Encode(data); err != nil {
			return err
		}
	}
	if err := exportFiles(app, z, uploadsOf(user, records)); err != nil {
		return err
	}
	if err := z.Close(); err != nil {
		return err
	}
	return logPrivacy(app, kernel.PrivacyExport, user.Id, actor)
}

// recordData is every field of r but the account's secrets, hidden fields included.
func recordData(r *core.Record) map[string]any {
	data := map[string]any{}
	for name, value := range r.FieldsData() {
		if !accountSecrets[name] {
			data[name] = value
		}
	}
	return data
}

// personalRecords finds user's records, by kind of PersonalDataKinds.
func personalRecords(app core.App, user *core.Record, withNotes bool) (map[string][]*core.Record, error) {
	out := map[string][]*core.Record{"account": {user}}
	mine := dbx.HashExp{"user": user.Id}
	var err error
	find := func(kind, collection string, where dbx.Expression) {
		if err == nil {
			out[kind], err = app.FindAllRecords(collection, where)
		}
	}
	find("applications", kernel.CollectionApplications, mine)
	find("charter_acceptances", kernel.CollectionCharterAcceptances, mine)
	find("support_requests", kernel.CollectionSupportRequests, mine)
	find("event_answers", kernel.CollectionEventRSVPs, mine)
	find("availability", kernel.CollectionAvailabilities, mine)
	find("evaluations", kernel.CollectionEvaluations, dbx.HashExp{"author": user.Id})
	if withNotes {
		find("notes", kernel.CollectionNotes, dbx.HashExp{"author": user.Id})
	}
	var applicationIDs []any
	for _, a := range out["applications"] {
		applicationIDs = append(applicationIDs, a.Id)
	}
	find("pairs", kernel.CollectionMatches, dbx.Or(dbx.In("mentor", applicationIDs...), dbx.In("mentee", applicationIDs...)))
	var matchIDs []any
	for _, m := range out["pairs"] {
		matchIDs = append(matchIDs, m.Id)
	}
	inPairs := dbx.In("match", matchIDs...)
	find("meetings", kernel.CollectionMeetings, inPairs)
	find("messages", kernel.CollectionMessages, inPairs)
	find("roadbooks", kernel.CollectionRoadbooks, inPairs)
	find("goals", kernel.CollectionGoals, inPairs)
	find("checkins", kernel.CollectionCheckins, inPairs)
	return out, err
}

// uploadsOf are the records holding files user uploaded: their account, the messages they
// wrote and the road-books of the pairs where they are the mentee.
func uploadsOf(user *core.Record, records map[string][]*core.Record) []*core.Record {
	uploads := []*core.Record{user}
	for _, m := range records["messages"] {
		if m.GetString("author") == user.Id {
			uploads = append(uploads, m)
		}
	}
	mentee := map[string]bool{}
	for _, a := range records["applications"] {
		if a.GetString("role") == kernel.RoleMentee {
			mentee[a.Id] = true
		}
	}
	ownRoadbook := map[string]bool{}
	for _, m := range records["pairs"] {
		ownRoadbook[m.Id] = mentee[m.GetString("mentee")]
	}
	for _, r := range records["roadbooks"] {
		if ownRoadbook[r.GetString("match")] {
			uploads = append(uploads, r)
		}
	}
	return uploads
}

// exportFiles copies every file of records into z, under files/<collection>/<record>/<name>.
func exportFiles(app core.App, z *zip.Writer, records []*core.Record) error {
	fsys, err := app.NewFilesystem()
	if err != nil {
		return err
	}
	defer fsys.Close()
	for _, r := range records {
		for _, field := range r.Collection().Fields {
			if field.Type() != core.FieldTypeFile {
				continue
			}
			for _, name := range r.GetStringSlice(field.GetName()) {
				if err := copyFile(fsys, z, r.BaseFilesPath()+"/"+name, "files/"+r.Collection().Name+"/"+r.Id+"/"+name); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// copyFile copies the stored file key into z at path; a file missing from storage (removed by
// hand) is left out rather than failing the whole export.
func copyFile(fsys *filesystem.System, z *zip.Writer, key, path string) error {
	if ok, err := fsys.Exists(key); err != nil || !ok {
		return err
	}
	r, err := fsys.GetReader(key)
	if err != nil {
		return err
	}
	defer r.Close()
	f, err := z.Create(path)
	if err != nil {
		return err
	}
	_, err = io.Copy(f, r)
	return err
}
