package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// MIME types accepted as message attachments: PDF, images, office documents, plain text.
var documentTypes = []string{
	"application/pdf", "image/jpeg", "image/png", "image/gif", "image/webp", "text/plain",
	"application/msword",
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	"application/vnd.ms-excel",
	"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	"application/vnd.ms-powerpoint",
	"application/vnd.openxmlformats-officedocument.presentationml.presentation",
	"application/vnd.oasis.opendocument.text",
	"application/vnd.oasis.opendocument.spreadsheet",
	"application/vnd.oasis.opendocument.presentation",
}

// Creates the records a pair works with: meetings, road-book, evaluations, goals, messages
// and private notes. Each goes with its match when the match is deleted.
func init() {
	m.Register(func(app core.App) error {
		ids, err := collectionIDs(app, "programs", "matches")
		if err != nil {
			return err
		}
		programsID, matchesID := ids[0], ids[1]
		match := func() *core.RelationField {
			return relation("match", "The pair this belongs to.", matchesID, true, true)
		}
		for _, c := range []*core.Collection{
			meetingsCollection(match()),
			roadbooksCollection(match()),
			evaluationsCollection(matchesID, programsID),
			goalsCollection(match()),
			messagesCollection(match()),
			notesCollection(match()),
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

func meetingsCollection(match *core.RelationField) *core.Collection {
	c := newCollection("meetings", match,
		date("starts_at", "Start of the meeting.", true),
		date("ends_at", "End of the meeting.", true),
		choice("mode", "How the pair meets.", true, meetingModes...),
		text("location", "Address or place, for meetings in person.", 300, false),
		&core.URLField{Name: "video_url", Help: "Link of the video call."},
		text("agenda", "What the pair plans to talk about.", maxLongText, false),
		choice("status", "proposed by one member, confirmed by the other, then held or cancelled.", true,
			"proposed", "confirmed", "cancelled", "held"),
		relation("proposed_by", "Who proposed the meeting.", usersID, false, false),
		number("sequence", "iCalendar SEQUENCE: increases with every change mailed to the pair.", 0, 1e6),
		number("minutes_spent", "Length of the meeting once held, in minutes.", 0, 24*60),
		text("shared_notes", "Notes the pair shares about the meeting.", maxMarkdown, false),
	)
	c.AddIndex("idx_meetings_match_starts_at", false, "match, starts_at", "")
	return c
}

func roadbooksCollection(match *core.RelationField) *core.Collection {
	match.Help = "The pair this road-book prepares; one road-book per pair."
	c := newCollection("roadbooks", match,
		text("professional_project", "The mentee's professional project.", maxLongText, false),
		text("path_and_motivation", "The mentee's path so far and motivation.", maxLongText, false),
		text("strategy", "How the mentee plans to reach their goal.", maxLongText, false),
		text("action_plan", "Concrete next steps.", maxLongText, false),
		&core.FileField{Name: "attachment", MaxSelect: 1, MaxSize: maxAttachSize, MimeTypes: []string{"application/pdf"},
			Help: "Optional PDF (10 MB at most), e.g. the mentee's CV."},
		date("submitted_at", "When the mentee sent the road-book to the mentor; empty while a draft.", false),
	)
	c.AddIndex("idx_roadbooks_match", true, "match", "")
	return c
}

func evaluationsCollection(matchesID, programsID string) *core.Collection {
	c := newCollection("evaluations",
		relation("match", "Pair evaluated; empty for programme feedback.", matchesID, false, true),
		relation("program", "Programme of the evaluation.", programsID, true, true),
		relation("author", "Who filled the form in.", usersID, true, true),
		choice("kind", "Which form this is.", true, "first_interview", "midpoint", "final", "program_feedback"),
		jsonField("answers", "Answers to the form, by question key."),
		date("submitted_at", "When the form was submitted; empty while a draft.", false),
	)
	c.AddIndex("idx_evaluations_match", false, "match", "")
	c.AddIndex("idx_evaluations_program_kind", false, "program, kind", "")
	return c
}

func goalsCollection(match *core.RelationField) *core.Collection {
	c := newCollection("goals", match,
		text("title", "The goal in a few words.", maxShortText, true),
		text("details", "Steps, resources, how success is measured.", maxLongText, false),
		date("due_on", "Target date.", false),
		date("done_at", "When the goal was reached.", false),
		relation("created_by", "Who wrote the goal.", usersID, false, false),
	)
	c.AddIndex("idx_goals_match", false, "match", "")
	return c
}

func messagesCollection(match *core.RelationField) *core.Collection {
	c := newCollection("messages", match,
		relation("author", "Who wrote the message.", usersID, true, true),
		text("body", "Text of the message.", maxLongText, true),
		&core.FileField{Name: "attachments", MaxSelect: 5, MaxSize: maxAttachSize, MimeTypes: documentTypes,
			Help: "Up to 5 files of 10 MB at most: PDF, images, office documents or plain text."},
		date("read_at", "When the partner read the message.", false),
	)
	c.AddIndex("idx_messages_match_created", false, "match, created", "")
	return c
}

func notesCollection(match *core.RelationField) *core.Collection {
	c := newCollection("notes", match,
		relation("author", "Who wrote the note; nobody else can read it, not even the coordinators.", usersID, true, true),
		text("body", "Private note.", maxMarkdown, true),
	)
	c.AddIndex("idx_notes_author_match", false, "author, match", "")
	return c
}
