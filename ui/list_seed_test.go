package ui_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// fillLargeProgramme writes straight into the database, in one transaction, what a large
// programme holds: mentors mentors and mentees mentees (every fourth a waitlisted mentee in
// the area "Nord"), and pairs pairs (mentor i with mentee i: every tenth closed, every
// twentieth declined, the others active), each active pair with two held meetings. Hooks are
// bypassed on purpose: seeding ten thousand applications through them would take minutes,
// and the lists only read.
func fillLargeProgramme(tb testing.TB, app core.App, programID string, mentors, mentees, pairs int) {
	tb.Helper()
	now := time.Now().UTC()
	at := func(days int) string { return now.AddDate(0, 0, days).Format("2006-01-02 15:04:05.000Z") }
	err := app.RunInTransaction(func(tx core.App) error {
		insert := func(table string, row dbx.Params) error {
			_, err := tx.DB().Insert(table, row).Execute()
			return err
		}
		person := func(role string, i int) error {
			id := fmt.Sprintf("%s%011d", map[string]string{"mentor": "mtor", "mentee": "mtee"}[role], i)
			err := insert("users", dbx.Params{"id": id, "email": id + "@example.org", "name": fmt.Sprintf("%s %d", role, i),
				"tokenKey": id, "password": "x", "verified": true, "created": at(-90), "updated": at(-90)})
			if err != nil {
				return err
			}
			status, area := "approved", "Syd"
			if role == "mentee" && i%4 == 0 {
				status, area = "waitlisted", "Nord"
			}
			return insert("applications", dbx.Params{"id": "a" + id[1:], "program": programID, "user": id, "role": role,
				"status": status, "area": area, "languages": `["sv"]`, "created": at(-80 + i%60), "updated": at(-80)})
		}
		for i := range max(mentors, mentees) {
			for _, role := range []string{"mentor", "mentee"} {
				if role == "mentor" && i >= mentors || role == "mentee" && i >= mentees {
					continue
				}
				if err := person(role, i); err != nil {
					return err
				}
			}
		}
		for i := range pairs {
			status := "active"
			switch {
			case i%20 == 0:
				status = "declined"
			case i%10 == 0:
				status = "closed"
			}
			id := fmt.Sprintf("p%014d", i)
			err := insert("matches", dbx.Params{"id": id, "program": programID, "mentor": fmt.Sprintf("ator%011d", i),
				"mentee": fmt.Sprintf("atee%011d", i), "status": status, "origin": "coordinator", "started_at": at(-60 + i%50),
				"created": at(-61), "updated": at(-61)})
			if err != nil {
				return err
			}
			for j := range 2 {
				if status != "active" {
					break
				}
				err := insert("meetings", dbx.Params{"id": fmt.Sprintf("m%013d%d", i, j), "match": id, "starts_at": at(-20 - j*10),
					"ends_at": at(-20 - j*10), "mode": "video", "status": "held", "minutes_spent": 60, "created": at(-30), "updated": at(-30)})
				if err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
}
