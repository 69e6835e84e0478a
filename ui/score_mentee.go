package ui

import (
	"cmp"
	"html/template"
	"slices"
	"strings"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/matching"
)

// scoreMenteeKeys say, in the mentee's own words, what each criterion compared: what they
// asked for and what the mentor offers. A literal map so the catalog test sees every key.
var scoreMenteeKeys = map[string]string{
	matching.CriterionDevelopmentAreas: "score.mentee_view.development_areas",
	matching.CriterionIndustry:         "score.mentee_view.industry",
	matching.CriterionJobFunction:      "score.mentee_view.job_function",
	matching.CriterionInterests:        "score.mentee_view.interests",
	matching.CriterionLanguages:        "score.mentee_view.languages",
	matching.CriterionArea:             "score.mentee_view.area",
	matching.CriterionMeetingModes:     "score.mentee_view.meeting_modes",
}

// forMentee rewrites v for the mentee it scores, in the directory: each line says what they
// asked for and what the mentor offers, and, below 100, which criteria cost the most points.
func (v *scoreView) forMentee(locale string, res matching.Result) {
	v.ForMentee = true
	weights := 0.0
	for _, c := range res.Explanation {
		weights += c.Weight
	}
	var missed []scoreLine
	for k, c := range res.Explanation {
		line := &v.Lines[k]
		line.Sentence = menteeSentence(locale, c, line)
		if weights > 0 && !res.Forbidden {
			full := 100 * c.Weight / weights
			line.Missed = int(full*(1-float64(c.Matched)/float64(max(c.Of, 1))) + 0.5)
		}
		if line.Missed > 0 {
			missed = append(missed, *line)
		}
	}
	slices.SortStableFunc(missed, func(a, b scoreLine) int { return cmp.Compare(b.Missed, a.Missed) })
	items := make([]string, 0, len(missed))
	for _, l := range missed {
		items = append(items, messages.Catalog.T(locale, "score.missed_item", "criterion", l.Name, "points", l.Missed))
	}
	v.Missed = strings.Join(items, ", ")
}

// menteeSentence is the line of criterion c in the mentee's words, with the labels the line
// already translated ("nothing" for an empty side).
func menteeSentence(locale string, c matching.Contribution, line *scoreLine) template.HTML {
	if c.Criterion == matching.CriterionEnglish {
		if c.Matched > 0 {
			return messages.Catalog.HTML(locale, "score.mentee_view.english_yes")
		}
		return messages.Catalog.HTML(locale, "score.mentee_view.english_no")
	}
	side := func(s template.HTML) any {
		if s == "" {
			return messages.Catalog.T(locale, "score.mentee_view.nothing")
		}
		return s
	}
	key, ok := scoreMenteeKeys[c.Criterion]
	if !ok {
		return ""
	}
	return messages.Catalog.HTML(locale, key, "mine", side(line.Mentee), "theirs", side(line.Mentor))
}
