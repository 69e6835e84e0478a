package ui

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// roadbookView is the road-book section of the match page for one viewer.
type roadbookView struct {
	Visible       bool // the viewer may read it: the mentee, coordinators, the mentor once submitted
	Editable      bool // the mentee, until it is submitted
	ForMentor     bool // the viewer is the mentor (who waits for it before submission)
	Text          map[string]string
	SubmittedAt   time.Time
	Due           time.Time
	AttachmentURL string
}

// newRoadbookView shows the pair's road-book r (nil while none) to a viewer with role; its due
// day comes from the pair's meetings. The match page has loaded both for its timeline.
func newRoadbookView(pair *kernel.Pair, r *core.Record, meetings []*core.Record, role string, canAct bool) roadbookView {
	v := roadbookView{ForMentor: role == workspace.RoleMentor, Text: map[string]string{}}
	v.Due, _ = workspace.RoadbookDue(pair.Program, meetings)
	if r != nil {
		v.SubmittedAt = r.GetDateTime("submitted_at").Time()
		if file := r.GetString("attachment"); file != "" {
			v.AttachmentURL = fileURL(r, file)
		}
		for _, f := range roadbookFields {
			v.Text[f] = r.GetString(f)
		}
	}
	v.Visible = role == workspace.RoleMentee || workspace.RoadbookVisible(r, role)
	v.Editable = canAct && role == workspace.RoleMentee && v.SubmittedAt.IsZero()
	return v
}

// roadbookFields are the road-book's texts, in the order the form shows them.
var roadbookFields = []string{"professional_project", "path_and_motivation", "strategy", "action_plan"}
