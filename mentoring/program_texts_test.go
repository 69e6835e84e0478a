package mentoring

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

// TestProgramTextAndTagLabel: a reader gets their language when the programme runs in it,
// else the first language's text, always with the language the words are in.
func TestProgramTextAndTagLabel(t *testing.T) {
	programs := core.NewBaseCollection("programs")
	program := core.NewRecord(programs)
	program.Load(map[string]any{"languages": []string{"fr", "sv"}, "name": "Le mentorat", "name_fr": "Le mentorat",
		"name_sv": "Mentorskapet", "name_en": "Left over from an English version", "summary": "Plain only"})
	for _, c := range []struct{ field, locale, text, lang string }{
		{"name", "sv", "Mentorskapet", "sv"},
		{"name", "fr", "Le mentorat", "fr"},
		{"name", "en", "Le mentorat", "fr"}, // the programme does not run in English
		{"summary", "sv", "Plain only", "fr"},
	} {
		if text, lang := ProgramText(program, c.field, c.locale); text != c.text || lang != c.lang {
			t.Errorf("%s for %s: %q (%s), want %q (%s)", c.field, c.locale, text, lang, c.text, c.lang)
		}
	}
	tags := core.NewBaseCollection("tags")
	tag := core.NewRecord(tags)
	tag.Load(map[string]any{"key": "remote", "label_fr": "À distance", "label_sv": "På distans"})
	for _, c := range []struct{ locale, label, lang string }{
		{"sv", "På distans", "sv"}, {"en", "À distance", "fr"}, {"fr", "À distance", "fr"},
	} {
		if label, lang := TagLabel(tag, c.locale); label != c.label || lang != c.lang {
			t.Errorf("tag for %s: %q (%s)", c.locale, label, lang)
		}
	}
}
