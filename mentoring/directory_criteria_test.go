package mentoring_test

import (
	"testing"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/mentoring"
)

// A programme whose stored criteria the engine cannot read (saved before they were checked on
// save) still shows its directory to every mentee, scored with the default criteria, rather
// than an error to each of them.
func TestDirectoryScoresWithTheDefaultsWhenTheCriteriaAreUnreadable(t *testing.T) {
	s := newSelfService(t, 2, 1, nil)
	want, err := directoryOf(s, mentoring.DirectoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	s.program.Set("criteria", map[string]any{"weights": map[string]any{"charisma": 3}})
	if err := s.app.SaveNoValidate(s.program); err != nil {
		t.Fatal(err)
	}
	if _, err := mentoring.ProgramCriteria(s.reload(s.program)); err == nil {
		t.Fatal("the stored criteria should be unreadable")
	}
	got, err := directoryOf(s, mentoring.DirectoryFilter{})
	if err != nil {
		t.Fatalf("the directory answers %v", err)
	}
	if len(got) != len(want) || len(got) == 0 {
		t.Fatalf("%d mentors listed, want %d", len(got), len(want))
	}
	defaults := matching.Score(mentoring.Profile(s.menteeApps[0]), mentoring.Profile(got[0].Application), matching.DefaultCriteria())
	if got[0].Result.Score != defaults.Score {
		t.Errorf("score %v, want %v under the default criteria", got[0].Result.Score, defaults.Score)
	}
}
