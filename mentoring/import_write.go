package mentoring

import (
	"crypto/rand"
	"fmt"
	"slices"

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
			if row.userID == "" {
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
// or updated where an answer changed.
func writeRows(app core.App, program *core.Record, in ImportInput, rows []*importRow) error {
	users, err := app.FindCachedCollectionByNameOrId(kernel.CollectionUsers)
	if err != nil {
		return err
	}
	applications, err := app.FindCachedCollectionByNameOrId(kernel.CollectionApplications)
	if err != nil {
		return err
	}
	var hash string
	for done, row := range rows {
		if in.Progress != nil {
			in.Progress(done+1, len(rows))
		}
		if row.invalid() || row.existing != nil && !changedAnswers(row.existing, row.answers) {
			continue
		}
		if row.userID == "" {
			if hash == "" {
				if hash, err = unusablePasswordHash(); err != nil {
					return err
				}
			}
			id, err := insertAccount(app, users, row, hash)
			if err != nil {
				return err
			}
			row.userID = id
		}
		application := row.existing
		if application == nil {
			application = core.NewRecord(applications)
			application.Set("program", program.Id)
			application.Set("user", row.userID)
			application.Set("role", in.Role)
			application.Set("status", kernel.ApplicationImported)
		}
		for field, v := range row.answers {
			application.Set(field, v)
		}
		// Unvalidated: every answer was checked against the schema while the rows were read
		// (lengths, choices, tags of the programme, numbers, how many), and validating again
		// costs a query per relation; the record hooks, and their letters, run as usual.
		if err := app.SaveNoValidate(application); err != nil {
			return err
		}
	}
	return nil
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

// insertAccount writes the account of a person new to the portal straight into the users
// table, as PocketBase would save it (random id, token key and calendar token from the
// schema's own patterns, the address private and not yet verified), and returns its id.
// Saving through PocketBase re-reads every auth collection for each account it saves, which
// would take most of a 10,000-row import; no hook of mentorbase's acts on a new account but
// keepEmailPrivate, whose effect is written here.
func insertAccount(app core.App, users *core.Collection, row *importRow, hash string) (string, error) {
	now := types.NowDateTime().String()
	values := dbx.Params{"email": row.email, "emailVisibility": false, "verified": false, "password": hash,
		"name": row.name, "phone": row.phone, "locale": row.locale, "avatar": "", "created": now, "updated": now}
	for _, name := range []string{core.FieldNameId, core.FieldNameTokenKey, "calendar_token"} {
		field, ok := users.Fields.GetByName(name).(*core.TextField)
		if !ok || field.AutogeneratePattern == "" {
			return "", fmt.Errorf("users.%s has no pattern to generate it from", name)
		}
		value, err := security.RandomStringByRegex(field.AutogeneratePattern)
		if err != nil {
			return "", err
		}
		values[name] = value
	}
	_, err := app.DB().Insert(kernel.CollectionUsers, values).Execute()
	return values[core.FieldNameId].(string), err
}
