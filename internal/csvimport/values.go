package csvimport

import (
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// yes and no are the answers a form's yes/no question, or a LimeSurvey option column, holds.
var (
	yes = []string{"yes", "y", "true", "1", "x", "oui", "o", "vrai", "ja", "j", "sant"}
	no  = []string{"no", "n", "false", "0", "non", "faux", "nej", "falskt"}
)

// Bool reads a yes/no answer in any of the three languages; ok is false for anything else.
// An empty cell is no.
func Bool(cell string) (value, ok bool) {
	n := Normalize(cell)
	switch {
	case n == "" || slices.Contains(no, n):
		return false, true
	case slices.Contains(yes, n):
		return true, true
	}
	return false, false
}

// Choices splits the cell of a multiple choice into its answers: Google Forms joins them with
// ", ", Microsoft Forms with ";", people with new lines. known says whether an answer is a
// label, so that a label holding a comma ("Sport, outdoor life") stays whole: of the pieces
// between commas, the longest run that makes a known label is taken together.
func Choices(cell string, known func(string) bool) []string {
	var out []string
	for _, part := range strings.FieldsFunc(cell, func(r rune) bool { return r == ';' || r == '\n' || r == '|' }) {
		pieces := strings.Split(part, ",")
		for i := 0; i < len(pieces); {
			j := len(pieces)
			for ; j > i+1 && !known(strings.Join(pieces[i:j], ",")); j-- {
			}
			if answer := strings.TrimSpace(strings.Join(pieces[i:j], ",")); answer != "" {
				out = append(out, answer)
			}
			i = j
		}
	}
	return out
}

// namers name languages in the three languages of the portal.
var namers = []display.Namer{display.Languages(language.English), display.Languages(language.French),
	display.Languages(language.Swedish), display.Self}

// LanguageNames indexes codes by every way of writing them: the code, and the language's name
// in English, French, Swedish and in itself ("French", "Français", "franska", "fr"),
// normalised, so that reading many rows costs one map look-up per answer.
func LanguageNames(codes []string) map[string]string {
	index := make(map[string]string, len(codes)*5)
	for _, code := range codes {
		tag := language.Make(code)
		for _, namer := range namers {
			if name := Normalize(namer.Name(tag)); name != "" {
				index[name] = code
			}
		}
		index[code] = code
	}
	return index
}

// modes are the words for each way of meeting, beyond the portal's own labels.
var modes = map[string][]string{
	"in_person": {"in person", "face to face", "en personne", "presentiel", "en presentiel", "fysiskt", "fysiskt mote", "pa plats"},
	"video":     {"video", "video call", "online", "visio", "visioconference", "en ligne", "distanciel", "videosamtal", "digitalt"},
	"phone":     {"phone", "telephone", "by phone", "par telephone", "telefon"},
}

// MeetingModeNames indexes the ways of meeting (in_person, video, phone) by every word for
// them in the three languages, normalised: the mode itself, the words above, and labels, the
// portal's own labels of each mode in every language.
func MeetingModeNames(labels map[string][]string) map[string]string {
	index := map[string]string{}
	for mode, words := range modes {
		for _, w := range append(append([]string{mode}, words...), labels[mode]...) {
			index[Normalize(w)] = mode
		}
	}
	return index
}
