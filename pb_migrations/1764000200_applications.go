package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
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
		c := newCollection("applications", applicationFields(programsID, tagsID)...)
		c.AddIndex("idx_applications_program_user", true, "program, user", "")
		c.AddIndex("idx_applications_user", false, "user", "")
		c.AddIndex("idx_applications_program_role_status", false, "program, role, status", "")
		return app.Save(c)
	}, func(app core.App) error {
		return deleteCollections(app, "applications")
	})
}

func applicationFields(programsID, tagsID string) []core.Field {
	fields := []core.Field{
		relation("program", "Programme applied to.", programsID, true, true),
		relation("user", "Applicant.", usersID, true, true),
		choice("role", "Role applied for; a person may be mentor in one programme and mentee in another.", true, "mentor", "mentee"),
		choice("status", "Coordinators approve, waitlist or reject; the applicant may withdraw.", true,
			"submitted", "approved", "waitlisted", "rejected", "withdrawn"),
	}
	fields = append(fields, mentorFormFields(tagsID)...)
	fields = append(fields, menteeFormFields(tagsID)...)
	return append(fields,
		text("city", "City the applicant lives or works in.", 100, false),
		text("area", "Geographic area, one of the programme's areas.", 100, false),
		choices("languages", "Languages the applicant speaks (ISO 639-1 codes).", languageCodes...),
		choices("meeting_modes", "How the applicant is willing to meet.", meetingModes...),
		text("other_wishes", "Anything else the coordinators should know when matching.", maxLongText, false),
		boolean("consent", "The applicant consents to the processing of this data for the programme's duration."),
		text("decision_message", "Message from the coordinators sent with their decision.", maxLongText, false),
	)
}

func mentorFormFields(tagsID string) []core.Field {
	return []core.Field{
		text("organisation", "Mentor: employer or organisation.", maxShortText, false),
		relation("industry", "Mentor: field of activity (industry tag).", tagsID, false, false),
		relation("job_function", "Mentor: job function (job_function tag).", tagsID, false, false),
		text("education", "Mentor: education background.", 1000, false),
		boolean("english_ok", "Mentor: willing to mentor in English."),
		relations("skills", "Mentor: skills and strengths offered (skill tags).", tagsID, 30),
		number("capacity", "Mentor: mentees they take at once; 0 means the programme's default capacity.", 0, 20),
		text("availability", "Mentor: when they are available.", 1000, false),
		text("bio", "Mentor: short bio, public in self-service directories when listed.", 2000, false),
		boolean("listed_in_directory", "Mentor: shown in the programme's self-service directory once approved."),
	}
}

func menteeFormFields(tagsID string) []core.Field {
	return []core.Field{
		text("study_programme", "Mentee: programme of study.", maxShortText, false),
		number("study_year", "Mentee: year of study.", 0, 10),
		relations("interests", "Mentee: interests (interest tags).", tagsID, 30),
		relations("development_areas", "Mentee: what they want to develop (skill tags).", tagsID, 30),
		text("motivation", "Mentee: why they join the programme.", maxLongText, false),
		text("expectations", "Mentee: what they expect of their mentor.", maxLongText, false),
		text("contribution", "Mentee: what they bring to the relationship.", maxLongText, false),
	}
}
