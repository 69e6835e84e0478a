package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Creates the records a pair works with: meetings, road-book, evaluations, goals, messages
// and private notes. Each goes with its match when the match is deleted.
func init() {
	m.Register(func(app core.App) error {
		ids, err := collectionIDs(app, "programs", "matches")
		if err != nil {
			return err
		}
		programsID, matchesID := ids[0], ids[1]
		for _, c := range []*core.Collection{
			meetingsCollection(matchesID),
			roadbooksCollection(matchesID),
			evaluationsCollection(matchesID, programsID),
			goalsCollection(matchesID),
			messagesCollection(matchesID),
			notesCollection(matchesID),
		} {
			if err := app.Save(c); err != nil {
				return err
			}
		}
		return nil
	}, func(app core.App) error {
		return deleteCollections(app, "notes", "messages", "goals", "evaluations", "roadbooks", "meetings")
	})
}

func meetingsCollection(matchesID string) *core.Collection {
	c := core.NewBaseCollection("meetings")
	c.Fields.Add(
		&core.RelationField{Name: "match", CollectionId: matchesID, CascadeDelete: true, MaxSelect: 1, Required: true,
			Help: "The pair this belongs to."},
		&core.DateField{Name: "starts_at", Required: true,
			Help: "Start of the meeting."},
		&core.DateField{Name: "ends_at", Required: true,
			Help: "End of the meeting."},
		&core.SelectField{Name: "mode", Values: []string{"in_person", "video", "phone"}, MaxSelect: 1, Required: true,
			Help: "How the pair meets."},
		&core.TextField{Name: "location", Max: 300,
			Help: "Address or place, for meetings in person."},
		&core.URLField{Name: "video_url",
			Help: "Link of the video call."},
		&core.TextField{Name: "agenda", Max: 5000,
			Help: "What the pair plans to talk about."},
		&core.SelectField{Name: "status", Values: []string{"proposed", "confirmed", "cancelled", "held"}, MaxSelect: 1, Required: true,
			Help: "proposed by one member, confirmed by the other, then held or cancelled."},
		&core.RelationField{Name: "proposed_by", CollectionId: "_pb_users_auth_", MaxSelect: 1,
			Help: "Who proposed the meeting."},
		&core.NumberField{Name: "sequence", Min: types.Pointer(0.0), Max: types.Pointer(1000000.0), OnlyInt: true,
			Help: "iCalendar SEQUENCE: increases with every change mailed to the pair."},
		&core.NumberField{Name: "minutes_spent", Min: types.Pointer(0.0), Max: types.Pointer(1440.0), OnlyInt: true,
			Help: "Length of the meeting once held, in minutes."},
		&core.TextField{Name: "shared_notes", Max: 50000,
			Help: "Notes the pair shares about the meeting."},
		&core.AutodateField{Name: "created", OnCreate: true},
		&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
	)
	c.AddIndex("idx_meetings_match_starts_at", false, "match, starts_at", "")
	return c
}

func roadbooksCollection(matchesID string) *core.Collection {
	c := core.NewBaseCollection("roadbooks")
	c.Fields.Add(
		&core.RelationField{Name: "match", CollectionId: matchesID, CascadeDelete: true, MaxSelect: 1, Required: true,
			Help: "The pair this road-book prepares; one road-book per pair."},
		&core.TextField{Name: "professional_project", Max: 5000,
			Help: "The mentee's professional project."},
		&core.TextField{Name: "path_and_motivation", Max: 5000,
			Help: "The mentee's path so far and motivation."},
		&core.TextField{Name: "strategy", Max: 5000,
			Help: "How the mentee plans to reach their goal."},
		&core.TextField{Name: "action_plan", Max: 5000,
			Help: "Concrete next steps."},
		&core.FileField{Name: "attachment", MaxSize: 10 << 20, MaxSelect: 1, MimeTypes: []string{"application/pdf"},
			Help: "Optional PDF (10 MB at most), e.g. the mentee's CV."},
		&core.DateField{Name: "submitted_at",
			Help: "When the mentee sent the road-book to the mentor; empty while a draft."},
		&core.AutodateField{Name: "created", OnCreate: true},
		&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
	)
	c.AddIndex("idx_roadbooks_match", true, "match", "")
	return c
}

func evaluationsCollection(matchesID, programsID string) *core.Collection {
	c := core.NewBaseCollection("evaluations")
	c.Fields.Add(
		&core.RelationField{Name: "match", CollectionId: matchesID, CascadeDelete: true, MaxSelect: 1,
			Help: "Pair evaluated; empty for programme feedback."},
		&core.RelationField{Name: "program", CollectionId: programsID, CascadeDelete: true, MaxSelect: 1, Required: true,
			Help: "Programme of the evaluation."},
		&core.RelationField{Name: "author", CollectionId: "_pb_users_auth_", CascadeDelete: true, MaxSelect: 1, Required: true,
			Help: "Who filled the form in."},
		&core.SelectField{Name: "kind", Values: []string{"first_interview", "midpoint", "final", "program_feedback"}, MaxSelect: 1, Required: true,
			Help: "Which form this is."},
		&core.JSONField{Name: "answers", MaxSize: 64 << 10,
			Help: "Answers to the form, by question key."},
		&core.DateField{Name: "submitted_at",
			Help: "When the form was submitted; empty while a draft."},
		&core.AutodateField{Name: "created", OnCreate: true},
		&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
	)
	c.AddIndex("idx_evaluations_match", false, "match", "")
	c.AddIndex("idx_evaluations_program_kind", false, "program, kind", "")
	return c
}

func goalsCollection(matchesID string) *core.Collection {
	c := core.NewBaseCollection("goals")
	c.Fields.Add(
		&core.RelationField{Name: "match", CollectionId: matchesID, CascadeDelete: true, MaxSelect: 1, Required: true,
			Help: "The pair this belongs to."},
		&core.TextField{Name: "title", Max: 200, Required: true,
			Help: "The goal in a few words."},
		&core.TextField{Name: "details", Max: 5000,
			Help: "Steps, resources, how success is measured."},
		&core.DateField{Name: "due_on",
			Help: "Target date."},
		&core.DateField{Name: "done_at",
			Help: "When the goal was reached."},
		&core.RelationField{Name: "created_by", CollectionId: "_pb_users_auth_", MaxSelect: 1,
			Help: "Who wrote the goal."},
		&core.AutodateField{Name: "created", OnCreate: true},
		&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
	)
	c.AddIndex("idx_goals_match", false, "match", "")
	return c
}

// messagesCollection accepts PDF, images, office documents and plain text as attachments.
func messagesCollection(matchesID string) *core.Collection {
	c := core.NewBaseCollection("messages")
	c.Fields.Add(
		&core.RelationField{Name: "match", CollectionId: matchesID, CascadeDelete: true, MaxSelect: 1, Required: true,
			Help: "The pair this belongs to."},
		&core.RelationField{Name: "author", CollectionId: "_pb_users_auth_", CascadeDelete: true, MaxSelect: 1, Required: true,
			Help: "Who wrote the message."},
		&core.TextField{Name: "body", Max: 5000, Required: true,
			Help: "Text of the message."},
		&core.FileField{Name: "attachments", MaxSize: 10 << 20, MaxSelect: 5, MimeTypes: []string{
			"application/pdf", "image/jpeg", "image/png", "image/gif", "image/webp",
			"text/plain", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text",
			"application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.oasis.opendocument.presentation",
		},
			Help: "Up to 5 files of 10 MB at most: PDF, images, office documents or plain text."},
		&core.DateField{Name: "read_at",
			Help: "When the partner read the message."},
		&core.AutodateField{Name: "created", OnCreate: true},
		&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
	)
	c.AddIndex("idx_messages_match_created", false, "match, created", "")
	return c
}

func notesCollection(matchesID string) *core.Collection {
	c := core.NewBaseCollection("notes")
	c.Fields.Add(
		&core.RelationField{Name: "match", CollectionId: matchesID, CascadeDelete: true, MaxSelect: 1, Required: true,
			Help: "The pair this belongs to."},
		&core.RelationField{Name: "author", CollectionId: "_pb_users_auth_", CascadeDelete: true, MaxSelect: 1, Required: true,
			Help: "Who wrote the note; nobody else can read it, not even the coordinators."},
		&core.TextField{Name: "body", Max: 50000, Required: true,
			Help: "Private note."},
		&core.AutodateField{Name: "created", OnCreate: true},
		&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
	)
	c.AddIndex("idx_notes_author_match", false, "author, match", "")
	return c
}
