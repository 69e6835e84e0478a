package workspace_test

import (
	"testing"

	"github.com/mentorbase/mentorbase/workspace"
)

// Only an answer that says something new is mailed to the person who asked.
func TestNewSupportAnswer(t *testing.T) {
	for _, c := range []struct {
		name, stored, answer string
		want                 bool
	}{
		{"a first answer", "", "Meet on Tuesday.", true},
		{"a changed answer", "Meet on Tuesday.", "Meet on Wednesday.", true},
		{"the same answer saved again", "Meet on Tuesday.", "Meet on Tuesday.", false},
		{"the same answer give or take spaces", "Meet on Tuesday.", "  Meet on Tuesday.\n", false},
		{"no answer yet", "", "", false},
		{"an answer of spaces", "", "   ", false},
		{"an answer taken back", "Meet on Tuesday.", "", false},
	} {
		if got := workspace.NewSupportAnswer(c.stored, c.answer); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
