package ui

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	messages "github.com/mentorbase/mentorbase/catalog"
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
	Fields        []roadbookField // the form's texts, when Editable (withForm)
}

// roadbookField is one text of the road-book's form: what it shows and the message beside it.
type roadbookField struct{ Name, Label, Value, Error string }

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

// withForm is v with the texts of its form when it is editable: what p's form typed, else
// what is saved, with p's messages. Built here, it spares the template a map of four
// arguments and three look-ups for each text.
func (v roadbookView) withForm(p *page) roadbookView {
	if !v.Editable {
		return v
	}
	v.Fields = make([]roadbookField, len(roadbookFields))
	for i, f := range roadbookFields {
		value := p.Form[f]
		if value == "" {
			value = v.Text[f]
		}
		v.Fields[i] = roadbookField{Name: f, Label: messages.Catalog.T(p.Locale, "roadbook."+f), Value: value, Error: p.Errors[f]}
	}
	return v
}
