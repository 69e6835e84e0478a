package cli

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// upsertDemoApplicant makes the person's account, their acceptance of the charter (before the
// application, as the portal requires) and their application, which a later load leaves as
// the people trying the demo made it (withdrawn, edited).
func upsertDemoApplicant(app core.App, program, charter *core.Record, p demoPerson, tags map[string]string, now time.Time) (*core.Record, error) {
	user, err := upsertDemoUser(app, p)
	if err != nil {
		return nil, err
	}
	_, err = ensureRecord(app, kernel.CollectionCharterAcceptances,
		map[string]any{"user": user.Id, "charter": charter.Id},
		map[string]any{"role": p.role, "accepted_at": now.UTC()})
	if err != nil {
		return nil, err
	}
	return ensureRecord(app, kernel.CollectionApplications,
		map[string]any{"program": program.Id, "user": user.Id}, demoApplicationValues(p, tags))
}

// demoApplicationValues are the answers of the person's form, with tags as record ids.
func demoApplicationValues(p demoPerson, tags map[string]string) map[string]any {
	ids := func(refs []string) []string {
		out := make([]string, len(refs))
		for i, ref := range refs {
			out[i] = tags[ref]
		}
		return out
	}
	values := map[string]any{
		"role": p.role, "status": p.status, "city": p.city, "area": p.area,
		"languages": p.languages, "meeting_modes": p.meetingModes, "consent": true,
	}
	if p.role == kernel.RoleMentor {
		values["organisation"] = p.organisation
		values["industry"] = tags[p.industry]
		values["job_function"] = tags[p.jobFunction]
		values["education"] = p.education
		values["english_ok"] = p.englishOK
		values["skills"] = ids(p.skills)
		values["interests"] = ids(p.interests)
		values["capacity"] = p.capacity
		values["availability"] = p.availability
		values["bio"] = p.bio
		values["listed_in_directory"] = p.listed
		return values
	}
	values["study_programme"] = p.studyProgramme
	values["study_year"] = p.studyYear
	values["interests"] = ids(p.interests)
	values["development_areas"] = ids(p.developmentAreas)
	values["industries"] = ids(p.industries)
	values["job_functions"] = ids(p.jobFunctions)
	values["motivation"] = p.motivation
	values["expectations"] = p.expectations
	values["contribution"] = p.contribution
	return values
}
