package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Creates applications: a person's participation in a programme with a role and the answers
// of the mentor or mentee form. One per person and programme, so nobody can be mentor and
// mentee of the same programme.
func init() {
	m.Register(func(app core.App) error {
		ids, err := collectionIDs(app, "programs", "tags")
		if err != nil {
			return err
		}
		programsID, tagsID := ids[0], ids[1]
		c := core.NewBaseCollection("applications")
		c.Fields.Add(
			&core.RelationField{Name: "program", CollectionId: programsID, CascadeDelete: true, MaxSelect: 1, Required: true,
				Help: "Programme applied to."},
			&core.RelationField{Name: "user", CollectionId: "_pb_users_auth_", CascadeDelete: true, MaxSelect: 1, Required: true,
				Help: "Applicant."},
			&core.SelectField{Name: "role", Values: []string{"mentor", "mentee"}, MaxSelect: 1, Required: true,
				Help: "Role applied for; a person may be mentor in one programme and mentee in another."},
			&core.SelectField{Name: "status", MaxSelect: 1, Required: true, Values: []string{
				"submitted", "approved", "waitlisted", "rejected", "withdrawn",
			},
				Help: "Coordinators approve, waitlist or reject; the applicant may withdraw."},
			&core.TextField{Name: "organisation", Max: 200,
				Help: "Mentor: employer or organisation."},
			&core.RelationField{Name: "industry", CollectionId: tagsID, MaxSelect: 1,
				Help: "Mentor: field of activity (industry tag)."},
			&core.RelationField{Name: "job_function", CollectionId: tagsID, MaxSelect: 1,
				Help: "Mentor: job function (job_function tag)."},
			&core.TextField{Name: "education", Max: 1000,
				Help: "Mentor: education background."},
			&core.BoolField{Name: "english_ok",
				Help: "Mentor: willing to mentor in English."},
			&core.RelationField{Name: "skills", CollectionId: tagsID, MaxSelect: 30,
				Help: "Mentor: skills and strengths offered (skill tags)."},
			&core.NumberField{Name: "capacity", Min: types.Pointer(0.0), Max: types.Pointer(20.0), OnlyInt: true,
				Help: "Mentor: mentees they take at once; 0 means the programme's default capacity."},
			&core.TextField{Name: "availability", Max: 1000,
				Help: "Mentor: when they are available."},
			&core.TextField{Name: "bio", Max: 2000,
				Help: "Mentor: short bio, public in self-service directories when listed."},
			&core.BoolField{Name: "listed_in_directory",
				Help: "Mentor: shown in the programme's self-service directory once approved."},
			&core.TextField{Name: "study_programme", Max: 200,
				Help: "Mentee: programme of study."},
			&core.NumberField{Name: "study_year", Min: types.Pointer(0.0), Max: types.Pointer(10.0), OnlyInt: true,
				Help: "Mentee: year of study."},
			&core.RelationField{Name: "interests", CollectionId: tagsID, MaxSelect: 30,
				Help: "Mentee: interests (interest tags)."},
			&core.RelationField{Name: "development_areas", CollectionId: tagsID, MaxSelect: 30,
				Help: "Mentee: what they want to develop (skill tags)."},
			&core.TextField{Name: "motivation", Max: 5000,
				Help: "Mentee: why they join the programme."},
			&core.TextField{Name: "expectations", Max: 5000,
				Help: "Mentee: what they expect of their mentor."},
			&core.TextField{Name: "contribution", Max: 5000,
				Help: "Mentee: what they bring to the relationship."},
			&core.TextField{Name: "city", Max: 100,
				Help: "City the applicant lives or works in."},
			&core.TextField{Name: "area", Max: 100,
				Help: "Geographic area, one of the programme's areas."},
			&core.SelectField{Name: "languages", MaxSelect: 45, Values: []string{
				"ar", "bg", "bn", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr",
				"he", "hi", "hr", "hu", "id", "is", "it", "ja", "ko", "lt", "lv", "nl", "no",
				"pl", "pt", "ro", "ru", "sk", "sl", "so", "sq", "sr", "sv", "sw", "ta", "th",
				"ti", "tr", "uk", "ur", "vi", "zh",
			},
				Help: "Languages the applicant speaks (ISO 639-1 codes)."},
			&core.SelectField{Name: "meeting_modes", Values: []string{"in_person", "video", "phone"}, MaxSelect: 3,
				Help: "How the applicant is willing to meet."},
			&core.TextField{Name: "other_wishes", Max: 5000,
				Help: "Anything else the coordinators should know when matching."},
			&core.BoolField{Name: "consent",
				Help: "The applicant consents to the processing of this data for the programme's duration."},
			&core.TextField{Name: "decision_message", Max: 5000,
				Help: "Message from the coordinators sent with their decision."},
			&core.AutodateField{Name: "created", OnCreate: true},
			&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
		)
		c.AddIndex("idx_applications_program_user", true, "program, user", "")
		c.AddIndex("idx_applications_user", false, "user", "")
		c.AddIndex("idx_applications_program_role_status", false, "program, role, status", "")
		return app.Save(c)
	}, func(app core.App) error {
		return deleteCollections(app, "applications")
	})
}
