package matching

import (
	"encoding/json"
	"fmt"
	"sort"
)

// The criteria a programme can weigh, named as in programs.criteria.
const (
	CriterionDevelopmentAreas = "development_areas" // mentee's development areas ↔ mentor's skills
	CriterionIndustry         = "industry"          // mentor's industry among the industries the mentee aims at
	CriterionJobFunction      = "job_function"      // mentor's job function among those the mentee aims at
	CriterionInterests        = "interests"         // mentee's interests ↔ mentor's interests, skills, industry, job function
	CriterionLanguages        = "languages"         // at least one shared language
	CriterionArea             = "area"              // same geographic area (or, failing that, same city)
	CriterionMeetingModes     = "meeting_modes"     // at least one shared meeting mode
	CriterionEnglish          = "english"           // mentee speaks English ("en") and mentor can mentor in English
)

// criterionNames lists the criteria in the order explanations use.
var criterionNames = [numCriteria]string{
	CriterionDevelopmentAreas, CriterionIndustry, CriterionJobFunction, CriterionInterests,
	CriterionLanguages, CriterionArea, CriterionMeetingModes, CriterionEnglish,
}

const numCriteria = 8

// Criteria is a programme's scoring rule, stored as JSON in
// programs.criteria: {"weights": {"development_areas": 3, …}, "must": ["area"]}.
// A criterion missing from Weights weighs 0; a must-have criterion makes a
// pair forbidden when it applies and is not met at all.
type Criteria struct {
	Weights map[string]float64 `json:"weights,omitempty"`
	Must    []string           `json:"must,omitempty"`
}

// DefaultCriteria is used when a programme sets no weights: development
// areas first, then industry, languages and area. A shared language is a
// must-have: a pair who cannot talk to each other is no pair at all.
func DefaultCriteria() Criteria {
	return Criteria{Weights: map[string]float64{
		CriterionDevelopmentAreas: 3, CriterionIndustry: 2, CriterionJobFunction: 1, CriterionInterests: 1,
		CriterionLanguages: 2, CriterionArea: 2, CriterionMeetingModes: 1, CriterionEnglish: 1,
	}, Must: []string{CriterionLanguages}}
}

// ParseCriteria reads programs.criteria. Empty input, null, {} or an object
// without weights give DefaultCriteria's weights; an object without "must"
// gets its must-haves ("must": [] means none). Unknown criteria and negative
// weights are errors.
func ParseCriteria(data []byte) (Criteria, error) {
	var c Criteria
	if len(data) > 0 {
		if err := json.Unmarshal(data, &c); err != nil {
			return Criteria{}, fmt.Errorf("criteria: %w", err)
		}
	}
	if len(c.Weights) == 0 {
		c.Weights = DefaultCriteria().Weights
	}
	if c.Must == nil {
		c.Must = DefaultCriteria().Must
	}
	return c, c.Validate()
}

// Validate reports unknown criterion names and negative weights.
func (c Criteria) Validate() error {
	names := make([]string, 0, len(c.Weights))
	for name := range c.Weights {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if criterionIndex(name) < 0 {
			return fmt.Errorf("criteria.weights.%s: unknown criterion", name)
		}
		if w := c.Weights[name]; w < 0 || w != w {
			return fmt.Errorf("criteria.weights.%s: weight %v must be ≥ 0", name, w)
		}
	}
	for k, name := range c.Must {
		if criterionIndex(name) < 0 {
			return fmt.Errorf("criteria.must[%d]: unknown criterion %q", k, name)
		}
	}
	return nil
}

func criterionIndex(name string) int {
	for k, n := range criterionNames {
		if n == name {
			return k
		}
	}
	return -1
}
