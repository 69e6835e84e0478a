package mentoring

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/kernel"
)

// ProfileColumns are the application columns Profile reads, for a reader of thousands of
// applications that selects no others (the matching console).
var ProfileColumns = []string{"id", "industry", "job_function", "skills", "english_ok", "capacity", "development_areas",
	"interests", "industries", "job_functions", "languages", "area", "city", "meeting_modes"}

// Profile is the part of an application the matching engine reads. Tags are their record
// ids, which both roles share, so a mentee's development area and a mentor's skill match when
// they are the same tag.
func Profile(application *core.Record) matching.Profile {
	return matching.Profile{
		ID:               application.Id,
		Industry:         application.GetString("industry"),
		JobFunction:      application.GetString("job_function"),
		Skills:           application.GetStringSlice("skills"),
		EnglishOK:        application.GetBool("english_ok"),
		Capacity:         application.GetInt("capacity"),
		DevelopmentAreas: application.GetStringSlice("development_areas"),
		Interests:        application.GetStringSlice("interests"),
		Industries:       application.GetStringSlice("industries"),
		JobFunctions:     application.GetStringSlice("job_functions"),
		Languages:        application.GetStringSlice("languages"),
		Area:             application.GetString("area"),
		City:             application.GetString("city"),
		MeetingModes:     application.GetStringSlice("meeting_modes"),
	}
}

// ProgramCriteria reads programs.criteria; empty gives the engine's defaults. Exported so every
// reader of the field (the portal's console too) parses it as the engine does.
func ProgramCriteria(program *core.Record) (matching.Criteria, error) {
	raw, _ := program.GetRaw("criteria").(types.JSONRaw)
	if string(raw) == "null" {
		raw = nil
	}
	return matching.ParseCriteria(raw)
}

// ScorePair scores a mentee's application with a mentor's under their programme's criteria.
func ScorePair(app core.App, menteeApp, mentorApp *core.Record) (matching.Result, error) {
	program, err := app.FindRecordById(kernel.CollectionPrograms, menteeApp.GetString("program"))
	if err != nil {
		return matching.Result{}, err
	}
	criteria, err := ProgramCriteria(program)
	if err != nil {
		return matching.Result{}, err
	}
	return matching.Score(Profile(menteeApp), Profile(mentorApp), criteria), nil
}

// storeScore keeps a pair's score and its explanation on the match.
func storeScore(match *core.Record, result matching.Result) {
	match.Set("score", result.Score)
	match.Set("score_details", result)
}
