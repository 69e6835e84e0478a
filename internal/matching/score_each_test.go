package matching

import (
	"reflect"
	"testing"
)

// ScoreEach gives each pair the result Score gives it alone, the values of an explanation in
// the same order, though the mentors share tags, languages and places spelt in other cases
// (an earlier mentor's values must not reorder a later one's).
func TestScoreEachIsScoreOfEachPair(t *testing.T) {
	mentees, mentors := GenerateProfiles(20, 40, 3, 7)
	mentors = append(mentors, lilleMentor, parisMentor, Profile{Area: "LILLE", City: "Roubaix", Skills: []string{"s3", "s1"}, EnglishOK: true})
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
