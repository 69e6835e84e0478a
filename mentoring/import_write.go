package mentoring

import (
	"context"
	"crypto/rand"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tools/security"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/pocketbase/pocketbase/core"
	"golang.org/x/crypto/bcrypt"

	"github.com/mentorbase/mentorbase/kernel"
)

// report counts what the rows would do, as a dry run shows it and the import does it.
func (r *rowReader) report(rows []*importRow) ImportReport {
	rep := ImportReport{Rows: len(rows)}
	for _, row := range rows {
		rep.Problems = append(rep.Problems, row.problems...)
		switch {
		case row.invalid():
			rep.Invalid++
			if r.in.SkipInvalid {
				rep.Skipped++
			}
		case row.existing == nil:
			rep.Created++
			if row.user == nil {
				rep.NewAccounts++
			}
		case changedAnswers(row.existing, row.answers):
			rep.Updated++
		default:
			rep.Unchanged++
		}
	}
	return rep
}

// changedAnswers reports whether saving answers would change application.
func changedAnswers(application *core.Record, answers map[string]any) bool {
	for field, v := range answers {
		switch v := v.(type) {
		case []string:
			if !slices.Equal(application.GetStringSlice(field), v) {
				return true
			}
		case int:
			if application.GetInt(field) != v {
				return true
			}
		case bool:
			if application.GetBool(field) != v {
				return true
			}
		case string:
			if application.GetString(field) != v {
				return true
			}
		}
	}
	return false
}

// writeRows saves the valid rows: accounts for new people, applications created as imported
// or updated where an answer changed. The applications' create hook writes each new one's
// letter from what the rows hold (importBatch), and the letters are queued together once
// every row is saved.
func writeRows(app core.App, program *core.Record, in ImportInput, rows []*importRow) error {
	users, err := app.FindCachedCollectionByNameOrId(kernel.CollectionUsers)
	if err != nil {
		return err
	}
	applications, err := app.FindCachedCollectionByNameOrId(kernel.CollectionApplications)
	if err != nil {
		return err
	}
	batch := &importBatch{program: program, people: map[string]*core.Record{},
		replyTo: kernel.ProgramContact(app, kernel.CollectionPrograms, program.Id)}
	ctx := batch.within(context.Background())
	accounts := &accountWriter{app: app, users: users}
	defer accounts.close()
	for done, row := range rows {
		if in.Progress != nil {
			in.Progress(done+1, len(rows))
		}
		if row.invalid() || row.existing != nil && !changedAnswers(row.existing, row.answers) {
			continue
		}
		if row.user == nil {
			if row.user, err = accounts.add(row); err != nil {
				return err
			}
		}
		batch.people[row.user.Id] = row.user
		application := row.existing
		if application == nil {
			application = core.NewRecord(applications)
			application.Set("program", program.Id)
			application.Set("user", row.user.Id)
			application.Set("role", in.Role)
			application.Set("status", kernel.ApplicationImported)
		}
		for field, v := range row.answers {
			application.Set(field, v)
		}
		// Unvalidated: every answer was checked against the schema while the rows were read
		// (lengths, choices, tags of the programme, numbers, how many), and validating again
		// costs a query per relation; the record hooks, and their letters, run as usual.
		if err := app.SaveNoValidateWithContext(ctx, application); err != nil {
			return err
		}
	}
	return batch.flush(app)
}

// unusablePasswordHash hashes a random password nobody is told: an imported person signs in
// only after setting their own from the link they are mailed. One hash serves every account
// of the import, since hashing is what would make 10,000 rows slow (bcrypt on purpose takes
// tens of milliseconds); a password of 256 random bits that nobody knows needs neither a salt
// of its own nor bcrypt's cost to resist guessing, so the lowest cost does.
func unusablePasswordHash() (string, error) {
	hash, err := bcrypt.GenerateFromPassword([]byte(rand.Text()+rand.Text()), bcrypt.MinCost)
	return string(hash), err
}

// accountWriter writes the accounts of people new to the portal straight into the users
// table, as PocketBase would save them (random id, token key and calendar token from the
// schema's own patterns, the address private and not yet verified), with one prepared
// statement. Saving through PocketBase re-reads every auth collection for each account it
// saves, which would take most of a 10,000-row import; no hook of mentorbase's acts on a new
// account but keepEmailPrivate, whose effect is written here.
type accountWriter struct {
	app    core.App
	users  *core.Collection
	hash   string     // unusablePasswordHash, made for the first account
	insert *dbx.Query // prepared for the first account
}

// add writes the account of row's person and returns it.
func (w *accountWriter) add(row *importRow) (*core.Record, error) {
	if w.hash == "" {
		hash, err := unusablePasswordHash()
		if err != nil {
			return nil, err
		}
		w.hash = hash
	}
	now := types.NowDateTime().String()
	values := dbx.Params{"email": row.email, "emailVisibility": false, "verified": false, "password": w.hash,
		"name": row.name, "phone": row.phone, "locale": row.locale, "avatar": "", "created": now, "updated": now}
	for _, name := range []string{core.FieldNameId, core.FieldNameTokenKey, "calendar_token"} {
		field, ok := w.users.Fields.GetByName(name).(*core.TextField)
		if !ok || field.AutogeneratePattern == "" {
			return nil, fmt.Errorf("users.%s has no pattern to generate it from", name)
		}
		value, err := security.RandomStringByRegex(field.AutogeneratePattern)
		if err != nil {
			return nil, err
		}
		values[name] = value
	}
	if w.insert == nil {
		columns, params := make([]string, 0, len(values)), make([]string, 0, len(values))
		for _, c := range slices.Sorted(maps.Keys(values)) {
			columns, params = append(columns, "[["+c+"]]"), append(params, "{:"+c+"}")
		}
		w.insert = w.app.DB().NewQuery("INSERT INTO {{" + kernel.CollectionUsers + "}} (" + strings.Join(columns, ", ") +
			") VALUES (" + strings.Join(params, ", ") + ")").Prepare()
	}
	if _, err := w.insert.Bind(values).Execute(); err != nil {
		return nil, err
	}
	account := core.NewRecord(w.users)
	for name, v := range values {
		if name != "password" { // Set would hash the hash again; the letter needs none of it
			account.SetRaw(name, v)
		}
	}
	account.Id = values[core.FieldNameId].(string)
	account.MarkAsNotNew()
	return account, nil
}

// close releases the prepared statement.
func (w *accountWriter) close() {
	if w.insert != nil {
		_ = w.insert.Close()
	}
}
