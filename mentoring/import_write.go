package mentoring

import (
	"crypto/rand"
	"slices"

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
			user := core.NewRecord(users)
			user.SetEmail(row.email)
			user.Set("name", row.name)
			user.Set("locale", row.locale)
			user.Set("phone", row.phone)
			user.SetRaw(core.FieldNamePassword, &core.PasswordFieldValue{Hash: hash})
			if err := app.Save(user); err != nil {
				return err
			}
			row.userID = user.Id
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
		if err := app.Save(application); err != nil {
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
