package workspace

import (
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/filesystem"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// RoadbookText is what the mentee writes in the road-book.
type RoadbookText struct {
	ProfessionalProject, PathAndMotivation, Strategy, ActionPlan string
}

// fields maps the road-book's form fields to its record fields.
func (t RoadbookText) fields() map[string]string {
	return map[string]string{
		"professional_project": t.ProfessionalProject,
		"path_and_motivation":  t.PathAndMotivation,
		"strategy":             t.Strategy,
		"action_plan":          t.ActionPlan,
	}
}

// Roadbook returns the match's road-book, or nil while the mentee has not started one.
func Roadbook(app core.App, matchID string) *core.Record {
	r, err := app.FindFirstRecordByData(kernel.CollectionRoadbooks, "match", matchID)
	if err != nil {
		return nil
	}
	return r
}

// SaveRoadbook saves the mentee's draft, with a PDF attachment when one is given (nil keeps
// the current one). Only the mentee of the active match writes it, and only until it is
// submitted.
func SaveRoadbook(app core.App, userID, matchID string, text RoadbookText, attachment *filesystem.File) (*core.Record, error) {
	var roadbook *core.Record
	err := app.RunInTransaction(func(txApp core.App) error {
		_, role, err := openActive(txApp, userID, matchID)
		if err != nil {
			return err
		}
		if role != RoleMentee {
			return kernel.ErrNotAllowed
		}
		roadbook = Roadbook(txApp, matchID)
		if roadbook == nil {
			collection, err := txApp.FindCachedCollectionByNameOrId(kernel.CollectionRoadbooks)
			if err != nil {
				return err
			}
			roadbook = core.NewRecord(collection)
			roadbook.Set("match", matchID)
		} else if !roadbook.GetDateTime("submitted_at").IsZero() {
			return kernel.ErrNotAllowed
		}
		for field, value := range text.fields() {
			roadbook.Set(field, value)
		}
		if attachment != nil {
			roadbook.Set("attachment", attachment)
			roadbook.Set("attachment_name", shortened(attachment.OriginalName, maxAttachmentName))
		}
		return txApp.Save(roadbook)
	})
	return roadbook, err
}

// SubmitRoadbook sends the saved road-book to the mentor, who is e-mailed (by the roadbooks
// hook) and may read it from then on. Every text must be filled in.
func SubmitRoadbook(app core.App, userID, matchID string) error {
	return app.RunInTransaction(func(txApp core.App) error {
		_, role, err := openActive(txApp, userID, matchID)
		if err != nil {
			return err
		}
		roadbook := Roadbook(txApp, matchID)
		if role != RoleMentee || roadbook == nil || !roadbook.GetDateTime("submitted_at").IsZero() {
			return kernel.ErrNotAllowed
		}
		errs := validation.Errors{}
		for field := range (RoadbookText{}).fields() {
			if roadbook.GetString(field) == "" {
				errs[field] = validation.ErrRequired
			}
		}
		if len(errs) > 0 {
			return errs
		}
		roadbook.Set("submitted_at", types.NowDateTime())
		return txApp.Save(roadbook)
	})
}

// RoadbookDue is the day the road-book is due: the programme's roadbook_lead_days before the
// first confirmed (or held) of the pair's meetings (in start order, as Meetings returns them),
// in the programme's zone. ok is false while no meeting is confirmed.
func RoadbookDue(program *core.Record, meetings []*core.Record) (due time.Time, ok bool) {
	first := firstConfirmedStart(meetings)
	if first.IsZero() {
		return time.Time{}, false
	}
	return RoadbookDueBefore(program, first), true
}

// RoadbookVisible reports whether a viewer with role reads the road-book: the mentee always,
// coordinators always, the mentor once it is submitted.
func RoadbookVisible(roadbook *core.Record, role string) bool {
	if roadbook == nil {
		return false
	}
	return role != RoleMentor || !roadbook.GetDateTime("submitted_at").IsZero()
}

// shortened is s cut to at most max characters.
func shortened(s string, max int) string {
	if r := []rune(s); len(r) > max {
		return string(r[:max])
	}
	return s
}
