package ui

import (
	"testing"

	"github.com/mentorbase/mentorbase/apptest"
)

func TestTagLabelsFollowEditsOfTheVocabulary(t *testing.T) {
	t.Parallel()
	app := apptest.New(t)
	bindTagCache(app)
	tag := apptest.Build(t, app).Tag("skill", "networking", "Networking", map[string]any{"label_fr": "Réseautage"})
	steps := []struct {
		name, locale, want string
		edit               func() error
	}{
		{"French label", "fr", "Réseautage", nil},
		{"a locale without a label falls back to English", "sv", "Networking", nil},
		{"a renamed tag reads with its new label", "fr", "Réseau professionnel",
			func() error { tag.Set("label_fr", "Réseau professionnel"); return app.Save(tag) }},
		{"a deleted tag reads as its id", "fr", tag.Id, func() error { return app.Delete(tag) }},
	}
	for _, s := range steps {
		if s.edit != nil {
			if err := s.edit(); err != nil {
				t.Fatal(err)
			}
		}
		if got, _ := tagIDText(app, s.locale, tag.Id); got != s.want {
			t.Errorf("%s: got %q, want %q", s.name, got, s.want)
		}
	}
}
