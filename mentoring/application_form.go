package mentoring

import (
	"slices"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// ApplicationForm holds the answers of the application form a mentor or a mentee fills in
// once they have accepted the programme's charter (README, Using the portal). Tags are tag
// record ids; Languages are ISO 639-1 codes; MeetingModes are in_person, video or phone.
// The fields of the other role are ignored.
type ApplicationForm struct {
	// Mentor.
	Organisation, Industry, JobFunction, Education string
	EnglishOK                                      bool
	Skills                                         []string
	Capacity                                       int
	Availability, Bio                              string
	ListedInDirectory                              bool
	// Mentee (interests: both, so the interests criterion can meet).
	StudyProgramme                         string
	StudyYear                              int
	Interests, DevelopmentAreas            []string
	Industries, JobFunctions               []string // the industries and job functions they aim at
	Motivation, Expectations, Contribution string
	// Both.
	City, Area              string
	Languages, MeetingModes []string
	OtherWishes             string
	Consent                 bool
	// Phone goes to the person's account (users.phone), hidden until they are matched.
	Phone string
}

// fill copies the form into application for its role, clearing the other role's answers so
// a record never holds a stale half.
func (f ApplicationForm) fill(application *core.Record, role string) {
	mentor, mentee := role == kernel.RoleMentor, role == kernel.RoleMentee
	set := func(field string, v any, keep bool) {
		if !keep {
			v = nil
		}
		application.Set(field, v)
	}
	set("organisation", f.Organisation, mentor)
	set("industry", f.Industry, mentor)
	set("job_function", f.JobFunction, mentor)
	set("education", f.Education, mentor)
	set("english_ok", f.EnglishOK, mentor)
	set("skills", f.Skills, mentor)
	set("capacity", f.Capacity, mentor)
	set("availability", f.Availability, mentor)
	set("bio", f.Bio, mentor)
	set("listed_in_directory", f.ListedInDirectory, mentor)
	set("study_programme", f.StudyProgramme, mentee)
	set("study_year", f.StudyYear, mentee)
	set("interests", f.Interests, mentor || mentee)
	set("development_areas", f.DevelopmentAreas, mentee)
	set("industries", f.Industries, mentee)
	set("job_functions", f.JobFunctions, mentee)
	set("motivation", f.Motivation, mentee)
	set("expectations", f.Expectations, mentee)
	set("contribution", f.Contribution, mentee)
	application.Set("city", f.City)
	application.Set("area", f.Area)
	application.Set("languages", f.Languages)
	application.Set("meeting_modes", f.MeetingModes)
	application.Set("other_wishes", f.OtherWishes)
	application.Set("consent", f.Consent)
}

// validate checks what the schema cannot: consent, at least one language and meeting mode,
// and an area among the programme's areas when it offers some. The schema's own checks
// (lengths, choices, tag ids) follow when the record is saved.
func (f ApplicationForm) validate(program *core.Record) error {
	errs := validation.Errors{}
	if !f.Consent {
		errs["consent"] = kernel.RefuseField("consent", "mentoring.field.consent")
	}
	if len(f.Languages) == 0 {
		errs["languages"] = kernel.RefuseField("languages", "mentoring.field.required")
	}
	if len(f.MeetingModes) == 0 {
		errs["meeting_modes"] = kernel.RefuseField("meeting_modes", "mentoring.field.required")
	}
	var areas []string
	_ = program.UnmarshalJSONField("areas", &areas)
	if len(areas) > 0 && !slices.Contains(areas, f.Area) {
		errs["area"] = kernel.RefuseField("area", "mentoring.field.invalid_choice")
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}
