package kernel

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/list"
)

// MentorCapacity is how many mentees a mentor's application takes: its capacity, or the
// programme's default_capacity when it is 0.
func MentorCapacity(mentorApplication, program *core.Record) int {
	return CapacityOr(mentorApplication.GetInt("capacity"), program)
}

// CapacityOr is MentorCapacity for a mentor application that states capacity (0: none), for
// readers that hold it already: the directory keeps its mentors' profiles.
func CapacityOr(capacity int, program *core.Record) int {
	if capacity != 0 {
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
	ids := list.ToInterfaceSlice(mentorIDs)
	var rows []struct {
		Mentor string `db:"mentor"`
		Count  int    `db:"n"`
	}
	err := app.DB().Select("mentor", "count(*) AS n").From(CollectionMatches).
		Where(dbx.In("mentor", ids...)).AndWhere(dbx.HashExp{"status": MatchActive}).
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
		program, err := app.FindRecordById(CollectionPrograms, mentorApplication.GetString("program"))
		if err != nil {
			return 0, 0, err
		}
		capacity = MentorCapacity(mentorApplication, program)
	}
	err = app.DB().Select("count(*)").From(CollectionMatches).
		Where(dbx.HashExp{"mentor": mentorApplication.Id, "status": MatchActive}).
		AndWhere(dbx.Not(dbx.HashExp{"id": exceptID})).
		Row(&used)
	return capacity, used, err
}

// CheckSeat refuses saving match as active when its mentor has no seat left and the save makes
// it use a seat it did not use before (it is new, or was stored with another status or
// mentor). The caller runs it in the transaction that saves the match: SQLite runs write
// transactions one at a time, so two acceptances racing for the last seat cannot both pass.
func CheckSeat(app core.App, match *core.Record) error {
	if match.GetString("status") != MatchActive {
		return nil
	}
	if !match.IsNew() {
		var stored struct{ Status, Mentor string }
		err := app.DB().Select("status", "mentor").From(CollectionMatches).
			Where(dbx.HashExp{"id": match.Id}).One(&stored)
		if err != nil {
			return err
		}
		if stored.Status == MatchActive && stored.Mentor == match.GetString("mentor") {
			return nil
		}
	}
	mentor, err := app.FindRecordById(CollectionApplications, match.GetString("mentor"))
	if err != nil {
		return err
	}
	capacity, used, err := MentorSeats(app, mentor, match.Id)
	if err != nil {
		return err
	}
	if used >= capacity {
		return RefuseField("status", CodeCapacityFull).Validation()
	}
	return nil
}
