package matching

import (
	"fmt"
	"reflect"
	"testing"
)

// ScoreEach gives each pair the result Score gives it alone, the values of an explanation in
// the same order, though the mentors share tags, languages and places spelt in other cases
// (an earlier mentor's values must not reorder a later one's), and though a mentor's words
// take the numbering past the width of the mentee's sets.
func TestScoreEachIsScoreOfEachPair(t *testing.T) {
	mentees, mentors := GenerateProfiles(20, 40, 3, 7)
	mentors = append(mentors, lilleMentor, parisMentor, Profile{Area: "LILLE", City: "Roubaix", Skills: []string{"s3", "s1"}, EnglishOK: true})
	var many, more []string
	for k := range 62 {
		many, more = append(many, fmt.Sprint("m", k)), append(more, fmt.Sprint("n", k))
	}
	wide := Profile{ID: "wide", DevelopmentAreas: many, Interests: []string{"m3", "i1"}, Industries: []string{"n60"}, Languages: []string{"sv"}}
	mentees = append(mentees, wide)
	mentors = append(mentors, Profile{Skills: append(more, "m61", "m1"), Industry: "n60", JobFunction: "n61", Interests: []string{"i1"}, Languages: []string{"sv", "fi"}})
	mustArea := DefaultCriteria()
	mustArea.Must = []string{CriterionArea, CriterionLanguages}
	for _, criteria := range []Criteria{DefaultCriteria(), mustArea, {Weights: map[string]float64{CriterionInterests: 2, CriterionEnglish: 1}}} {
		for _, mentee := range append(mentees, lilleMentee, Profile{}) {
			each := ScoreEach(mentee, mentors, criteria)
			for j, mentor := range mentors {
				if alone := Score(mentee, mentor, criteria); !reflect.DeepEqual(each[j], alone) {
					t.Fatalf("mentee %s, mentor %d:\nScoreEach %+v\nScore     %+v", mentee.ID, j, each[j], alone)
				}
			}
		}
	}
}
