package matching

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"
)

// fuzzMentee and fuzzMentor meet every criterion in part, so every weight counts in a score.
var (
	fuzzMentee = Profile{ID: "e", DevelopmentAreas: []string{"t1", "t2"}, Interests: []string{"t1", "i1", "j1"},
		Languages: []string{"en", "fr"}, Area: "Lille", MeetingModes: []string{"video"}}
	fuzzMentor = Profile{ID: "r", Skills: []string{"t1"}, Industry: "i1", JobFunction: "j2", EnglishOK: true,
		Languages: []string{"fr"}, Area: "lille", MeetingModes: []string{"phone"}}
)

// checkScore fails unless r is a score from 0 to 100 that agrees with Forbidden.
func checkScore(t *testing.T, r Result, c Criteria) {
	t.Helper()
	if r.Score < 0 || r.Score > 100 || r.Forbidden && r.Score != 0 {
		t.Fatalf("criteria %+v: score %d forbidden %v", c, r.Score, r.Forbidden)
	}
	for _, contribution := range r.Explanation {
		if contribution.Points < 0 || contribution.Points > 100 {
			t.Fatalf("criteria %+v: %s gives %d points", c, contribution.Criterion, contribution.Points)
		}
	}
}

// FuzzParseCriteria checks that programs.criteria either is refused or gives criteria that
// validate, survive a JSON round trip and score every pair from 0 to 100.
func FuzzParseCriteria(f *testing.F) {
	for _, seed := range []string{
		``, `null`, `{}`, `{"weights": {}}`, `{"must": ["area"]}`,
		`{"weights": {"development_areas": 3, "area": 1}, "must": ["area", "languages"]}`,
		`{"weights": {"area": 0, "english": 0}}`,
		`{"weights": {"area": -1}}`, `{"weights": {"nope": 1}}`, `{"must": ["nope"]}`,
		`{"weights": {"area": 1e308, "languages": 1e308}}`, `{"weights": {"area": 1e307}}`,
		`{"weights": {"area": 5e-324, "languages": 1}}`, `{"weights": {"area": "2"}}`, `[1]`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseCriteria(data)
		if err != nil {
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("parsed criteria do not validate: %v", err)
		}
		for name, w := range c.Weights {
			if criterionIndex(name) < 0 || w < 0 || math.IsNaN(w) || math.IsInf(w, 0) {
				t.Fatalf("weight %s = %v accepted", name, w)
			}
		}
		again, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseCriteria(again)
		if err != nil || !reflect.DeepEqual(back.Weights, c.Weights) || len(back.Must) != len(c.Must) {
			t.Fatalf("round trip of %s: %+v, %v; want %+v", again, back, err, c)
		}
		checkScore(t, Score(fuzzMentee, fuzzMentor, c), c)
		checkScore(t, Score(fuzzMentee, fuzzMentee, c), c)
	})
}
