package workspace

import (
	"slices"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// EventForm is a programme event as its coordinators write it: times are instants (the
// portal reads them in the programme's zone), texts by language.
type EventForm struct {
	Kind, Audience, Location string
	Start, End               time.Time
	Texts                    map[string]EventText // by programme language; the first needs a title
}

// validate refuses a form without a title in the programme's first language or with a kind
// or audience the schema does not know.
func (f EventForm) validate(program *core.Record) error {
	first := kernel.ProgramLanguage(program)
	if f.Texts[first].Title == "" {
		return kernel.RefuseField("title_"+first, CodeEventTitleRequired)
	}
	if !slices.Contains(kernel.EventKinds, f.Kind) {
		return kernel.RefuseField("kind", "error.choice")
	}
	if !slices.Contains(kernel.EventAudiences, f.Audience) {
		return kernel.RefuseField("audience", "error.choice")
	}
	if !f.End.IsZero() && !f.End.After(f.Start) {
		return kernel.RefuseField("ends_at", CodeEventEndsBeforeStart)
	}
	return nil
}

// apply writes the form on event; texts of languages the programme does not speak are left.
func (f EventForm) apply(event, program *core.Record) {
	event.Set("kind", f.Kind)
	event.Set("audience", f.Audience)
	event.Set("location", f.Location)
	event.Set("starts_at", f.Start)
	if f.End.IsZero() {
		event.Set("ends_at", "")
	} else {
		event.Set("ends_at", f.End)
	}
	for _, lang := range program.GetStringSlice("languages") {
		SetEventText(event, program, lang, f.Texts[lang])
	}
}

// coordinatedBy is programID's programme when userID coordinates it, else kernel.ErrNotFound.
func coordinatedBy(app core.App, userID, programID string) (*core.Record, error) {
	program, err := app.FindRecordById(kernel.CollectionPrograms, programID)
	if err != nil || userID == "" || !slices.Contains(program.GetStringSlice("coordinators"), userID) {
		return nil, kernel.ErrNotFound
	}
	return program, nil
}

// programEvent is eventID when it belongs to programID, which userID coordinates.
func programEvent(app core.App, userID, programID, eventID string) (*core.Record, *core.Record, error) {
	program, err := coordinatedBy(app, userID, programID)
	if err != nil {
		return nil, nil, err
	}
	event, err := app.FindRecordById(kernel.CollectionEvents, eventID)
	if err != nil || event.GetString("program") != program.Id {
		return nil, nil, kernel.ErrNotFound
	}
	return event, program, nil
}

// CreateEvent saves a new event of programID for its coordinator userID; the events hook
// announces it to its audience with the invite.
func CreateEvent(app core.App, userID, programID string, f EventForm) (*core.Record, error) {
	program, err := coordinatedBy(app, userID, programID)
	if err != nil {
		return nil, err
	}
	if err := f.validate(program); err != nil {
		return nil, err
	}
	collection, err := app.FindCachedCollectionByNameOrId(kernel.CollectionEvents)
	if err != nil {
		return nil, err
	}
	event := core.NewRecord(collection)
	event.Set("program", program.Id)
	f.apply(event, program)
	return event, app.Save(event)
}

// UpdateEvent changes an event of programID for its coordinator userID; the events hook sends
// the invitees the new version. A cancelled event is not changed any more.
func UpdateEvent(app core.App, userID, programID, eventID string, f EventForm) error {
	event, program, err := programEvent(app, userID, programID, eventID)
	if err != nil {
		return err
	}
	if EventCancelled(event) {
		return kernel.ErrNotAllowed
	}
	if err := f.validate(program); err != nil {
		return err
	}
	f.apply(event, program)
	return app.Save(event)
}

// CancelEvent calls off an event of programID for its coordinator userID; the events hook
// sends the invitees the cancellation. Cancelling twice changes nothing.
func CancelEvent(app core.App, userID, programID, eventID string) error {
	event, _, err := programEvent(app, userID, programID, eventID)
	if err != nil || EventCancelled(event) {
		return err
	}
	event.Set("status", kernel.EventCancelled)
	return app.Save(event)
}
