package mentoring

import (
	"strconv"
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/kernel"
)

// CriterionNames are the criteria a programme weighs, in the order its settings list them.
var CriterionNames = []string{
	matching.CriterionDevelopmentAreas, matching.CriterionIndustry, matching.CriterionJobFunction,
	matching.CriterionInterests, matching.CriterionLanguages, matching.CriterionArea,
	matching.CriterionMeetingModes, matching.CriterionEnglish,
}

// CodeCriterionWeight refuses a weight that is not a number from 0 to 100.
const CodeCriterionWeight = "settings.error.weight"

// PreviewBuckets is how many ranges of 20 points the score distribution has (0–19 … 80–100).
const PreviewBuckets = 5

// CriteriaPreview is what criteria would do to a programme's current applications (submitted
// or approved): how many mentees no mentor may be paired with, and how each mentee's best
// allowed score spreads over ranges of 20 points.
type CriteriaPreview struct {
	Mentees, Mentors, NoAllowedMentor int
	Best                              [PreviewBuckets]int
}

// ReadCriteria reads the weights and must-haves as typed on the settings page; a weight that
// is not a number from 0 to 100 is refused beside it (weight_<criterion>).
func ReadCriteria(weights map[string]string, must []string) (matching.Criteria, error) {
	c := matching.Criteria{Weights: map[string]float64{}}
	errs := validation.Errors{}
	for _, name := range CriterionNames {
		typed := strings.TrimSpace(weights[name])
		if typed == "" {
			typed = "0"
		}
		w, err := strconv.ParseFloat(strings.Replace(typed, ",", ".", 1), 64)
		if err != nil || w < 0 || w > 100 || w != w {
			errs["weight_"+name] = kernel.RefuseField("weight_"+name, CodeCriterionWeight)
			continue
		}
		if w > 0 {
			c.Weights[name] = w
		}
	}
	for _, name := range CriterionNames {
		for _, m := range must {
			if m == name {
				c.Must = append(c.Must, name)
			}
		}
	}
	if len(errs) > 0 {
		return c, errs
	}
	return c, c.Validate()
}

// SaveProgramCriteria stores c as the programme's matching criteria.
func SaveProgramCriteria(app core.App, program *core.Record, c matching.Criteria) error {
	program.Set("criteria", c)
	return app.Save(program)
}

// PreviewCriteria scores every current mentee of programID against every current mentor
// under c, with the engine the console and the directory use.
func PreviewCriteria(app core.App, programID string, c matching.Criteria) (CriteriaPreview, error) {
	apps, err := app.FindRecordsByFilter(kernel.CollectionApplications,
		`program = {:program} && (status = {:statusSubmitted} || status = {:statusApproved})`, "", 0, 0,
		map[string]any{"program": programID, "statusSubmitted": kernel.ApplicationSubmitted, "statusApproved": kernel.ApplicationApproved})
	if err != nil {
		return CriteriaPreview{}, err
	}
	var mentees, mentors []matching.Profile
	for _, a := range apps {
		if a.GetString("role") == kernel.RoleMentor {
			mentors = append(mentors, Profile(a))
		} else {
			mentees = append(mentees, Profile(a))
		}
	}
	p := CriteriaPreview{Mentees: len(mentees), Mentors: len(mentors)}
	scorer := matching.NewScorer(c, mentees, mentors)
	for i := range mentees {
		best := int32(matching.Forbidden)
		for j := range mentors {
			best = max(best, scorer.Score(i, j))
		}
		if best < 0 {
			p.NoAllowedMentor++
			continue
		}
		p.Best[min(int(best)/20, PreviewBuckets-1)]++
	}
	return p, nil
}
