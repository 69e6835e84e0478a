package matching

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

var (
	lilleMentee = Profile{ID: "e1", DevelopmentAreas: []string{"s1", "s2", "s3"}, Interests: []string{"i1", "ind1"},
		Industries: []string{"ind1", "ind2"}, Languages: []string{"fr"}, Area: "Lille", MeetingModes: []string{"video"}}
	lilleMentor = Profile{ID: "r1", Industry: "ind1", JobFunction: "j1", Skills: []string{"s1", "s2"},
		Languages: []string{"fr", "en"}, Area: "lille", MeetingModes: []string{"video", "phone"}}
	parisMentor = Profile{ID: "r2", Skills: []string{"s1"}, Languages: []string{"fr"}, Area: "Paris"}
)

func TestScoreRules(t *testing.T) {
	areaOnly := Criteria{Weights: map[string]float64{CriterionArea: 1}}
	englishOnly := Criteria{Weights: map[string]float64{CriterionEnglish: 1}}
	mustArea := DefaultCriteria()
	mustArea.Must = []string{CriterionArea}
	for _, c := range []struct {
		name           string
		mentee, mentor Profile
		criteria       Criteria
		score          int
		forbidden      bool
		criterion      string // one explanation entry to check
		shared         []string
		matched, of    int
	}{
		{"defaults weigh the criteria the mentee filled", lilleMentee, lilleMentor, DefaultCriteria(), 86, false, CriterionDevelopmentAreas, []string{"s1", "s2"}, 2, 3},
		{"area matches without case, shown as the mentee typed it", lilleMentee, lilleMentor, DefaultCriteria(), 86, false, CriterionArea, []string{"Lille"}, 1, 1},
		{"interests meet the mentor's industry, job and skills", lilleMentee, lilleMentor, DefaultCriteria(), 86, false, CriterionInterests, []string{"ind1"}, 1, 2},
		{"the mentor's industry among those the mentee aims at", lilleMentee, lilleMentor, DefaultCriteria(), 86, false, CriterionIndustry, []string{"ind1"}, 1, 1},
		{"a mentor in another industry", Profile{Industries: []string{"ind2"}}, lilleMentor, DefaultCriteria(), 0, false, CriterionIndustry, []string{}, 0, 1},
		{"the job function the mentee aims at", Profile{JobFunctions: []string{"j1"}}, lilleMentor, DefaultCriteria(), 100, false, CriterionJobFunction, []string{"j1"}, 1, 1},
		{"a mentor willing to mentor in English shares it", Profile{Languages: []string{"en"}}, Profile{EnglishOK: true, Languages: []string{"sv"}}, DefaultCriteria(), 100, false, CriterionLanguages, []string{"en"}, 1, 1},
		{"by default a pair without a shared language is forbidden", lilleMentee, Profile{Languages: []string{"sv"}}, DefaultCriteria(), 0, true, CriterionLanguages, []string{}, 0, 1},
		{"a failed must-have forbids the pair", lilleMentee, parisMentor, mustArea, 0, true, CriterionArea, []string{}, 0, 1},
		{"a must-have the mentee left empty does not apply", Profile{DevelopmentAreas: []string{"s1"}}, parisMentor, mustArea, 100, false, CriterionDevelopmentAreas, []string{"s1"}, 1, 1},
		{"same city counts when areas differ", Profile{City: " Umeå ", Area: "north"}, Profile{City: "umeå"}, areaOnly, 100, false, CriterionArea, []string{"Umeå"}, 1, 1},
		{"english_ok serves a mentee speaking English", Profile{Languages: []string{"sv", "en"}}, Profile{EnglishOK: true, Languages: []string{"sv"}}, englishOnly, 100, false, CriterionEnglish, []string{"en"}, 1, 1},
		{"a mentor without English scores 0 on it", Profile{Languages: []string{"en"}}, Profile{Languages: []string{"fr"}}, englishOnly, 0, false, CriterionEnglish, []string{}, 0, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := Score(c.mentee, c.mentor, c.criteria)
			if res.Score != c.score || res.Forbidden != c.forbidden {
				t.Fatalf("score %d forbidden %v, want %d %v: %+v", res.Score, res.Forbidden, c.score, c.forbidden, res)
			}
			entry, ok := findContribution(res, c.criterion)
			if !ok || !reflect.DeepEqual(entry.Shared, c.shared) || entry.Matched != c.matched || entry.Of != c.of {
				t.Fatalf("%s entry %+v (found %v), want shared %v %d of %d", c.criterion, entry, ok, c.shared, c.matched, c.of)
			}
		})
	}
}

func TestScoreLeavesOutWhatTheMenteeDidNotFill(t *testing.T) {
	res := Score(Profile{}, lilleMentor, DefaultCriteria())
	if res.Score != 0 || len(res.Explanation) != 0 {
		t.Fatalf("empty mentee: %+v", res)
	}
	res = Score(lilleMentee, lilleMentor, DefaultCriteria())
	if _, ok := findContribution(res, CriterionEnglish); ok {
		t.Fatalf("english listed for a mentee who does not speak it: %+v", res)
	}
	if _, ok := findContribution(res, CriterionJobFunction); ok {
		t.Fatalf("job function listed for a mentee who aims at none: %+v", res)
	}
}

// An explanation names what each side brought, not only what they share.
func TestScoreNamesBothSides(t *testing.T) {
	res := Score(lilleMentee, lilleMentor, DefaultCriteria())
	for criterion, want := range map[string][2][]string{
		CriterionIndustry:  {{"ind1", "ind2"}, {"ind1"}},
		CriterionLanguages: {{"fr"}, {"fr", "en"}},
		CriterionArea:      {{"Lille"}, {"Lille"}},
	} {
		entry, _ := findContribution(res, criterion)
		if !reflect.DeepEqual(entry.Mentee, want[0]) || !reflect.DeepEqual(entry.Mentor, want[1]) {
			t.Errorf("%s: mentee %v mentor %v, want %v %v", criterion, entry.Mentee, entry.Mentor, want[0], want[1])
		}
	}
	areaOnly := Criteria{Weights: map[string]float64{CriterionArea: 1}}
	entry, _ := findContribution(Score(Profile{Area: "Umeå", City: "umeå"}, Profile{Area: "Norr", City: "Umeå"}, areaOnly), CriterionArea)
	if !reflect.DeepEqual(entry.Mentee, []string{"Umeå"}) || !reflect.DeepEqual(entry.Mentor, []string{"Norr", "Umeå"}) {
		t.Errorf("an area named like the city is named once: mentee %v, mentor %v", entry.Mentee, entry.Mentor)
	}
}

func findContribution(res Result, criterion string) (Contribution, bool) {
	for _, c := range res.Explanation {
		if c.Criterion == criterion {
			return c, true
		}
	}
	return Contribution{}, false
}

func TestParseCriteria(t *testing.T) {
	language := []string{CriterionLanguages}
	for _, c := range []struct {
		in      string
		weights map[string]float64
		must    []string
		err     string
	}{
		{"", DefaultCriteria().Weights, language, ""},
		{`{"must":["area"]}`, DefaultCriteria().Weights, []string{"area"}, ""},
		{`{"weights":{"area":5}}`, map[string]float64{"area": 5}, language, ""},
		{`{"weights":{"area":5},"must":[]}`, map[string]float64{"area": 5}, []string{}, ""},
		{`{"weights":{"areas":5}}`, nil, nil, "criteria.weights.areas: unknown criterion"},
		{`{"weights":{"area":-1}}`, nil, nil, "criteria.weights.area: weight -1 must be ≥ 0"},
		{`{"must":["x"]}`, nil, nil, `criteria.must[0]: unknown criterion "x"`},
		{`[1]`, nil, nil, "criteria: json: cannot unmarshal array into Go value of type matching.Criteria"},
	} {
		got, err := ParseCriteria([]byte(c.in))
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("%s: error %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got.Weights, c.weights) || !reflect.DeepEqual(got.Must, c.must) {
			t.Errorf("%s: got %v, %v", c.in, got, err)
		}
	}
}

// The fast matrix and the explanation must agree on every pair.
func TestMatrixAgreesWithExplain(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	mentees, mentors := randomProfiles(r, 40), randomProfiles(r, 30)
	c := DefaultCriteria()
	c.Must = []string{CriterionLanguages}
	s := NewScorer(c, mentees, mentors)
	matrix := s.Matrix()
	for i := range mentees {
		for j := range mentors {
			res := s.Explain(i, j)
			want := int32(res.Score)
			if res.Forbidden {
				want = Forbidden
			}
			if matrix[i*len(mentors)+j] != want {
				t.Fatalf("pair %d,%d: matrix %d, explain %+v", i, j, matrix[i*len(mentors)+j], res)
			}
		}
	}
}
