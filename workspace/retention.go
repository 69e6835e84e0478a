package workspace

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// ApplyRetention anonymises the programmes whose retention has run out at now: ended more
// than their retention_months ago. Each one's people become "former participant"s
// (anonymiseProgramme), in one transaction per programme; a programme already anonymised has
// nothing left to do, so the daily job may run as often as it likes. It says how many
// programmes it anonymised.
func ApplyRetention(app core.App, now time.Time) (int, error) {
	programs, err := app.FindAllRecords(kernel.CollectionPrograms, dbx.NewExp("ends_at != ''"))
	if err != nil {
		return 0, err
	}
	done := 0
	for _, p := range programs {
		if now.Before(p.GetDateTime("ends_at").Time().AddDate(0, p.GetInt("retention_months"), 0)) {
			continue
		}
		n, err := anonymiseProgramme(app, p)
		if err != nil {
			return done, err
		}
		if n > 0 {
			done++
		}
	}
	return done, nil
}

// anonymiseProgramme hands every application of program still linked to a person to a
// stand-in of its own, answers cleared and status kept, and with it the person's part of the
// pairs: evaluations, meetings proposed, goals and endings. What only people read goes:
// messages, private notes, road-books, goals, help requests, event answers, charter
// acceptances, and the meetings' places, links, agendas and notes and the pairs' invitation
// and ending words. What the programme report counts stays. It says how many applications it
// anonymised.
func anonymiseProgramme(app core.App, program *core.Record) (int, error) {
	applications, err := app.FindRecordsByFilter(kernel.CollectionApplications,
		"program = {:p} && user.email !~ {:erased}", "", 0, 0, dbx.Params{"p": program.Id, "erased": "%@erased.invalid"})
	if err != nil || len(applications) == 0 {
		return 0, err
	}
	err = app.RunInTransaction(func(tx core.App) error {
		locale := kernel.ProgramLanguage(program)
		for _, a := range applications {
			standIn, err := newFormerParticipant(tx, locale)
			if err != nil {
				return err
			}
			person := a.GetString("user")
			if err := anonymiseApplication(tx, a, standIn, false); err != nil {
				return err
			}
			if err := relabel(tx, program.Id, person, standIn); err != nil {
				return err
			}
		}
		return forgetProgrammeWords(tx, program)
	})
	return len(applications), err
}

// programmeWords are the records of an ended programme that only people read, found by the
// SQL condition on their programme; they go with their files.
var programmeWords = []struct{ collection, where string }{
	{kernel.CollectionMessages, "match IN (SELECT id FROM matches WHERE program = {:p})"},
	{kernel.CollectionNotes, "match IN (SELECT id FROM matches WHERE program = {:p})"},
	{kernel.CollectionRoadbooks, "match IN (SELECT id FROM matches WHERE program = {:p})"},
	{kernel.CollectionGoals, "match IN (SELECT id FROM matches WHERE program = {:p})"},
	{kernel.CollectionCheckins, "match IN (SELECT id FROM matches WHERE program = {:p})"},
	{kernel.CollectionSupportRequests, "program = {:p}"},
	{kernel.CollectionEventRSVPs, "event IN (SELECT id FROM events WHERE program = {:p})"},
	{kernel.CollectionCharterAcceptances, "charter IN (SELECT id FROM charters WHERE program = {:p})"},
}

// forgetProgrammeWords deletes program's programmeWords and clears what people wrote in its
// pairs, meetings, agreements and evaluations; dates, statuses, minutes and scores stay for
// the report.
func forgetProgrammeWords(app core.App, program *core.Record) error {
	params := dbx.Params{"p": program.Id}
	for _, w := range programmeWords {
		records, err := app.FindAllRecords(w.collection, dbx.NewExp(w.where, params))
		if err != nil {
			return err
		}
		for _, r := range records {
			if err := app.Delete(r); err != nil {
				return err
			}
		}
	}
	if _, err := app.DB().NewQuery("UPDATE meetings SET location = '', video_url = '', agenda = '', shared_notes = '' " +
		"WHERE match IN (SELECT id FROM matches WHERE program = {:p})").Bind(params).Execute(); err != nil {
		return err
	}
	if _, err := app.DB().NewQuery("UPDATE matches SET message = '', response = '', end_reason = '' WHERE program = {:p}").
		Bind(params).Execute(); err != nil {
		return err
	}
	return forgetWrittenAnswers(app, program)
}

// relabel gives standIn what person did in program's pairs that the report keeps: their
// evaluations (which an erasure deletes with the account instead), the meetings they proposed
// and the pairs they ended.
func relabel(app core.App, programID, person, standIn string) error {
	if _, err := app.DB().NewQuery("UPDATE evaluations SET author = {:standIn} WHERE program = {:p} AND author = {:person}").
		Bind(dbx.Params{"p": programID, "person": person, "standIn": standIn}).Execute(); err != nil {
		return err
	}
	return renameAuthor(app, person, standIn, "program = {:p}", dbx.Params{"p": programID})
}
