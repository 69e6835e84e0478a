package ui

import (
	"database/sql"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/list"

	"github.com/mentorbase/mentorbase/kernel"
)

// mePartner is what /me shows of a partner: ID is empty when their account is gone.
type mePartner struct{ ID, Name, Email, Phone string }

// loadPartners reads the partners in matches of the person whose applications are mine, by
// their application id, in one query of the four columns shown: the person's matches with
// their programmes and both members' whole records took five queries, and /me opens often.
func loadPartners(app core.App, matches []*core.Record, mine map[string]*core.Record) (map[string]mePartner, error) {
	var ids []string
	for _, m := range matches {
		for _, side := range []string{"mentor", "mentee"} {
			if id := m.GetString(side); mine[id] == nil {
				ids = append(ids, id)
			}
		}
	}
	partners := make(map[string]mePartner, len(ids))
	if len(ids) == 0 {
		return partners, nil
	}
	var rows []struct {
		Application string         `db:"application"`
		ID          sql.NullString `db:"id"`
		Name        sql.NullString `db:"name"`
		Email       sql.NullString `db:"email"`
		Phone       sql.NullString `db:"phone"`
	}
	err := app.DB().Select("a.id AS application", "u.id AS id", "u.name AS name", "u.email AS email", "u.phone AS phone").
		From(kernel.CollectionApplications+" a").LeftJoin(kernel.CollectionUsers+" u", dbx.NewExp("[[u.id]] = [[a.user]]")).
		Where(dbx.In("a.id", list.ToInterfaceSlice(list.ToUniqueStringSlice(ids))...)).All(&rows)
	for _, r := range rows {
		partners[r.Application] = mePartner{ID: r.ID.String, Name: r.Name.String, Email: r.Email.String, Phone: r.Phone.String}
	}
	return partners, err
}
