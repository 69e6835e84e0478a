package workspace

import (
	"strings"
	"unicode/utf8"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// Catalog codes of the check-in's refusals: an answer that is neither "still in touch" nor
// "we need help", a note longer than checkinNoteMax.
const (
	CodeCheckinAnswer = "drift.error.answer"
	CodeCheckinNote   = "drift.error.note"
)

// checkinNoteMax is the longest note a check-in keeps, the schema's bound.
const checkinNoteMax = 1000

// CheckIn records userID's answer to the nudge of the active match matchID — still in touch,
// or in need of help — with an optional note for the coordinators. Only a member of an
// active pair checks in (kernel.ErrNotAllowed otherwise), as the collection's create rule
// says for the REST API.
func CheckIn(app core.App, userID, matchID, answer, note string) (*core.Record, error) {
	var checkin *core.Record
	err := app.RunInTransaction(func(txApp core.App) error {
		pair, _, err := openActive(txApp, userID, matchID)
		if err != nil {
			return err
		}
		note = strings.TrimSpace(note)
		errs := validation.Errors{}
		if answer != kernel.CheckinInTouch && answer != kernel.CheckinNeedHelp {
			errs["checkin_answer"] = kernel.RefuseField("checkin_answer", CodeCheckinAnswer)
		}
		if utf8.RuneCountInString(note) > checkinNoteMax {
			errs["checkin_note"] = kernel.RefuseField("checkin_note", CodeCheckinNote, "max", checkinNoteMax)
		}
		if len(errs) > 0 {
			return errs
		}
		collection, err := txApp.FindCachedCollectionByNameOrId(kernel.CollectionCheckins)
		if err != nil {
			return err
		}
		checkin = core.NewRecord(collection)
		checkin.Set("match", pair.Match.Id)
		checkin.Set("author", userID)
		checkin.Set("answer", answer)
		checkin.Set("note", note)
		return txApp.Save(checkin)
	})
	return checkin, err
}

// PairCheckins are the check-ins of the match, the newest first.
func PairCheckins(app core.App, matchID string) ([]*core.Record, error) {
	checkins, err := app.FindAllRecords(kernel.CollectionCheckins, dbx.HashExp{"match": matchID})
	kernel.SortRecords(checkins, "-created")
	return checkins, err
}
