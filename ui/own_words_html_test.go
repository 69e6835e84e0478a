package ui

import (
	"html/template"
	"testing"
)

// TestTagLabelsAreMarkedOneByOne: of a mentor's tag labels, the one falling back to another
// language than the page's is marked with it, the others are not, and all are escaped.
func TestTagLabelsAreMarkedOneByOne(t *testing.T) {
	t.Parallel()
	got := ownWords("fr", []string{"Leadership", "Énergie & co"}, []string{"en", "fr"})
	if want := template.HTML(`<span lang="en">Leadership</span>, Énergie &amp; co`); got != want {
		t.Errorf("%s, want %s", got, want)
	}
}
