package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"
)

// bindRoadbookRules e-mails the mentor when the mentee submits the road-book, whoever records
// the submission, in the same transaction; a submitted road-book stays submitted.
func bindRoadbookRules(app core.App) {
	app.OnRecordCreate("roadbooks").BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			if err := e.Next(); err != nil {
				return err
			}
			if e.Record.GetDateTime("submitted_at").IsZero() {
				return nil
			}
			return queueRoadbookMail(txApp, e.Record)
		})
	})
	app.OnRecordUpdate("roadbooks").BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			wasSubmitted := !e.Record.Original().GetDateTime("submitted_at").IsZero()
			if wasSubmitted && e.Record.GetDateTime("submitted_at").IsZero() {
				return meetingError("submitted_at", "validation_roadbook_submitted", "A submitted road-book cannot become a draft again.")
			}
			if err := e.Next(); err != nil {
				return err
			}
			if wasSubmitted || e.Record.GetDateTime("submitted_at").IsZero() {
				return nil
			}
			return queueRoadbookMail(txApp, e.Record)
		})
	})
}

// queueRoadbookMail tells the mentor, in their language, that the road-book is ready to read.
func queueRoadbookMail(app core.App, roadbook *core.Record) error {
	pair, err := FindPair(app, roadbook.GetString("match"))
	if err != nil {
		return err
	}
	mail := workspaceMail{
		locale:  pair.localeOf(pair.Mentor),
		subject: "roadbook.mail.subject",
		body:    "roadbook.mail.body",
		action:  "roadbook.mail.action",
		link:    PortalURL(app, "/matches/"+pair.Match.Id+"#roadbook"),
		args:    []any{"mentee", pair.Mentee.GetString("name")},
	}
	m, err := mail.render(pair.Mentor)
	if err != nil {
		return err
	}
	m.Kind, m.RelatedCollection, m.RelatedID = "roadbook_submitted", "roadbooks", roadbook.Id
	_, err = Enqueue(app, m)
	return err
}
