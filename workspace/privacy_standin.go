package workspace

import (
	"fmt"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"
	"github.com/pocketbase/pocketbase/tools/types"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// unusablePassword is the password hash of a stand-in: not a bcrypt hash, so no password
// matches it and the account can never sign in (a locked account's "!" in /etc/shadow).
const unusablePassword = "!"

// newFormerParticipant creates the stand-in of a person erased, or anonymised by retention,
// named in locale ("former participant"), and returns its id: an account at a reserved
// domain that can neither sign in nor receive mail. It is written straight into the users
// table, as the import writes a new account: saving an account through PocketBase hashes a
// password at bcrypt's cost and re-reads every auth collection, which made the retention of
// a programme of a few hundred people take tens of seconds in one transaction; no hook of
// mentorbase's acts on a new account but keepEmailPrivate, whose effect (the address hidden)
// is written here.
func newFormerParticipant(app core.App, locale string) (string, error) {
	users, err := app.FindCachedCollectionByNameOrId(kernel.CollectionUsers)
	if err != nil {
		return "", err
	}
	now := types.NowDateTime().String()
	values := dbx.Params{
		"email":    "former-" + security.RandomStringWithAlphabet(20, "abcdefghijklmnopqrstuvwxyz0123456789") + "@" + outbox.ErasedDomain,
		"password": unusablePassword, "emailVisibility": false, "verified": false,
		"name": messages.Catalog.T(locale, "privacy.former_participant"), "locale": locale, "created": now, "updated": now,
	}
	for _, name := range []string{core.FieldNameId, core.FieldNameTokenKey, "calendar_token"} {
		field, ok := users.Fields.GetByName(name).(*core.TextField)
		if !ok || field.AutogeneratePattern == "" {
			return "", fmt.Errorf("users.%s has no pattern to generate it from", name)
		}
		if values[name], err = security.RandomStringByRegex(field.AutogeneratePattern); err != nil {
			return "", err
		}
	}
	_, err = app.DB().Insert(kernel.CollectionUsers, values).Execute()
	return values[core.FieldNameId].(string), err
}

// authorFields name who proposed a meeting, wrote a goal or ended a pair: labels that pass to
// the stand-in with the pair's history, on erasure and on retention alike.
var authorFields = []struct{ table, field string }{
	{kernel.CollectionMeetings, "proposed_by"}, {kernel.CollectionGoals, "created_by"}, {kernel.CollectionMatches, "ended_by"},
}

// renameAuthor gives standIn the authorFields of person in the pairs that pairs, an SQL
// condition on the matches table with its params, selects. It renames in SQL, so that no
// meeting, goal or pair hook reads the rename as a change to mail about.
func renameAuthor(app core.App, person, standIn, pairs string, params dbx.Params) error {
	bound := dbx.Params{"person": person, "standIn": standIn}
	for k, v := range params {
		bound[k] = v
	}
	for _, a := range authorFields {
		where := "match IN (SELECT id FROM matches WHERE " + pairs + ")"
		if a.table == kernel.CollectionMatches {
			where = pairs
		}
		query := fmt.Sprintf("UPDATE %s SET %s = {:standIn} WHERE %s = {:person} AND %s", a.table, a.field, a.field, where)
		if _, err := app.DB().NewQuery(query).Bind(bound).Execute(); err != nil {
			return err
		}
	}
	return nil
}
