package pb_hooks

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// MentorCapacity is how many mentees a mentor's application takes: its capacity, or the
// programme's default_capacity when it is 0.
func MentorCapacity(mentorApplication, program *core.Record) int {
	if capacity := mentorApplication.GetInt("capacity"); capacity != 0 {
		return capacity
	}
	return program.GetInt("default_capacity")
}

// ActiveSeats counts, for each of mentorIDs (mentor applications), the active matches that use
// their seats, in one query; a mentor without any is absent (0).
func ActiveSeats(app core.App, mentorIDs []string) (map[string]int, error) {
	seats := map[string]int{}
	if len(mentorIDs) == 0 {
		return seats, nil
	}
	ids := make([]any, len(mentorIDs))
	for i, id := range mentorIDs {
		ids[i] = id
	}
	var rows []struct {
		Mentor string `db:"mentor"`
		Count  int    `db:"n"`
	}
	err := app.DB().Select("mentor", "count(*) AS n").From("matches").
		Where(dbx.In("mentor", ids...)).AndWhere(dbx.HashExp{"status": "active"}).
		GroupBy("mentor").All(&rows)
	for _, r := range rows {
		seats[r.Mentor] = r.Count
	}
	return seats, err
}

// MentorSeats returns a mentor's capacity (MentorCapacity) and how many active matches use
// those seats, not counting the match exceptID.
func MentorSeats(app core.App, mentorApplication *core.Record, exceptID string) (capacity, used int, err error) {
	capacity = mentorApplication.GetInt("capacity")
	if capacity == 0 {
		program, err := app.FindRecordById("programs", mentorApplication.GetString("program"))
		if err != nil {
			return 0, 0, err
		}
		capacity = MentorCapacity(mentorApplication, program)
	}
	err = app.DB().Select("count(*)").From("matches").
		Where(dbx.HashExp{"mentor": mentorApplication.Id, "status": "active"}).
		AndWhere(dbx.Not(dbx.HashExp{"id": exceptID})).
		Row(&used)
	return capacity, used, err
}

// bindCapacity refuses a match becoming active when its mentor has no seat left, whoever saves
// it. The count and the write share one transaction, and SQLite runs write transactions one
// at a time, so two acceptances racing for the last seat cannot both pass.
func bindCapacity(app core.App) {
	guard := func(e *core.RecordEvent) error {
		if e.Record.GetString("status") != "active" {
			return e.Next()
		}
		return e.App.RunInTransaction(func(tx core.App) error {
			takes, err := takesSeat(tx, e.Record)
			if err != nil {
				return err
			}
			if takes {
				if err := checkSeat(tx, e.Record); err != nil {
					return err
				}
			}
			e.App = tx
			return e.Next()
		})
	}
	app.OnRecordCreate("matches").BindFunc(guard)
	app.OnRecordUpdate("matches").BindFunc(guard)
}

// takesSeat reports whether saving an active match makes it use a seat it did not use before:
// it is new, or was stored with another status or another mentor.
func takesSeat(app core.App, match *core.Record) (bool, error) {
	if match.IsNew() {
		return true, nil
	}
	var stored struct{ Status, Mentor string }
	err := app.DB().Select("status", "mentor").From("matches").
		Where(dbx.HashExp{"id": match.Id}).One(&stored)
	if err != nil {
		return false, err
	}
	return stored.Status != "active" || stored.Mentor != match.GetString("mentor"), nil
}

func checkSeat(app core.App, match *core.Record) error {
	mentor, err := app.FindRecordById("applications", match.GetString("mentor"))
	if err != nil {
		return err
	}
	capacity, used, err := MentorSeats(app, mentor, match.Id)
	if err != nil {
		return err
	}
	if used >= capacity {
		return ruleError("status", CodeCapacityFull)
	}
	return nil
}
