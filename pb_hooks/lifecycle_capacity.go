package pb_hooks

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindCapacity refuses a match becoming active when its mentor has no seat left, whoever saves
// it. The count and the write share one transaction, and SQLite runs write transactions one
// at a time, so two acceptances racing for the last seat cannot both pass.
func bindCapacity(app core.App) {
	guard := func(e *core.RecordEvent) error {
		if e.Record.GetString("status") != kernel.MatchActive {
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
	app.OnRecordCreate(kernel.CollectionMatches).BindFunc(guard)
	app.OnRecordUpdate(kernel.CollectionMatches).BindFunc(guard)
}

// takesSeat reports whether saving an active match makes it use a seat it did not use before:
// it is new, or was stored with another status or another mentor.
func takesSeat(app core.App, match *core.Record) (bool, error) {
	if match.IsNew() {
		return true, nil
	}
	var stored struct{ Status, Mentor string }
	err := app.DB().Select("status", "mentor").From(kernel.CollectionMatches).
		Where(dbx.HashExp{"id": match.Id}).One(&stored)
	if err != nil {
		return false, err
	}
	return stored.Status != kernel.MatchActive || stored.Mentor != match.GetString("mentor"), nil
}

func checkSeat(app core.App, match *core.Record) error {
	mentor, err := app.FindRecordById(kernel.CollectionApplications, match.GetString("mentor"))
	if err != nil {
		return err
	}
	capacity, used, err := kernel.MentorSeats(app, mentor, match.Id)
	if err != nil {
		return err
	}
	if used >= capacity {
		return kernel.RefuseField("status", kernel.CodeCapacityFull).Validation()
	}
	return nil
}
