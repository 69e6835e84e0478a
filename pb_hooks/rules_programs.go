package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// bindProgramRules fills programme defaults on create, keeps the plain texts equal to the
// first language's, and rejects an unknown time zone, dates out of order or unreadable
// matching criteria, whoever saves the programme (portal, API or dashboard).
func bindProgramRules(app core.App) {
	app.OnRecordCreate(kernel.CollectionPrograms).BindFunc(func(e *core.RecordEvent) error {
		mentoring.ApplyProgramDefaults(e.Record)
		mentoring.SyncProgramTexts(e.Record, nil)
		return e.Next()
	})
	app.OnRecordUpdate(kernel.CollectionPrograms).BindFunc(func(e *core.RecordEvent) error {
		mentoring.SyncProgramTexts(e.Record, e.Record.Original())
		return e.Next()
	})
	app.OnRecordValidate(kernel.CollectionPrograms).BindFunc(func(e *core.RecordEvent) error {
		if errs := mentoring.ValidateProgram(e.Record); len(errs) > 0 {
			return errs
		}
		return e.Next()
	})
}
