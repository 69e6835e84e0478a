package ui

import (
	"cmp"
	"html/template"
	"slices"
	"strconv"
	"strings"

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
	missed := make([]int, 0, len(res.Explanation)) // the lines that cost points, by index
	for k, c := range res.Explanation {
		line := &v.Lines[k]
		line.Sentence = menteeSentence(locale, c, line)
		if weights > 0 && !res.Forbidden {
			full := 100 * c.Weight / weights
			line.Missed = int(full*(1-float64(c.Matched)/float64(max(c.Of, 1))) + 0.5)
		}
		if line.Missed > 0 {
			missed = append(missed, k)
		}
	}
	slices.SortStableFunc(missed, func(a, b int) int { return cmp.Compare(v.Lines[b].Missed, v.Lines[a].Missed) })
	var items strings.Builder
	words := scoreWordsIn(locale)
	for i, k := range missed {
		if i > 0 {
			items.WriteString(", ")
		}
		words.missedItem.write(&items, v.Lines[k].Name, strconv.Itoa(v.Lines[k].Missed))
	}
	v.Missed = items.String()
}

// menteeSentence is the line of criterion c in the mentee's words, with the labels the line
// already translated ("nothing" for an empty side).
func menteeSentence(locale string, c matching.Contribution, line *scoreLine) template.HTML {
	words := scoreWordsIn(locale)
	if c.Criterion == matching.CriterionEnglish {
		if c.Matched > 0 {
			return template.HTML(words.englishYes)
		}
		return template.HTML(words.englishNo)
	}
	side := func(s template.HTML) string {
		if s == "" {
			return words.nothing
		}
		return string(s)
	}
	sentence, ok := words.sentences[c.Criterion]
	if !ok {
		return ""
	}
	var b strings.Builder
	b.Grow(200)
	sentence.write(&b, side(line.Mentee), side(line.Mentor))
	return template.HTML(b.String())
}
