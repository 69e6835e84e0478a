package ui

import (
	"html/template"
	"strings"
	"sync"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/i18n"
)

// phrase is a catalog message cut at its placeholders, its words escaped once: a directory
// page writes some five hundred score lines, and filling then escaping each message anew
// was a third of the page's time. Escaping the words and the values apart writes the same
// bytes as escaping the filled message, the escapers replacing single characters.
type phrase []phrasePart

// phrasePart is words, or the value at arg of those write takes (arg ≥ 0).
type phrasePart struct {
	text string
	arg  int
}

// newPhrase cuts key's message in locale at the placeholders names, as i18n fills them (a
// placeholder not among names stays as it is), escaping the words with escape.
func newPhrase(locale, key string, escape func(string) string, names ...string) phrase {
	msg := messages.Catalog.T(locale, key)
	var p phrase
	words := ""
	for {
		before, name, after, ok := i18n.CutPlaceholder(msg)
		if !ok {
			break
		}
		arg := -1
		for i, n := range names {
			if n == name {
				arg = i
			}
		}
		if arg < 0 {
			words += msg[:len(msg)-len(after)]
		} else {
			p = append(p, phrasePart{text: escape(words + before), arg: -1}, phrasePart{arg: arg})
			words = ""
		}
		msg = after
	}
	return append(p, phrasePart{text: escape(words + msg), arg: -1})
}

// write writes the phrase with values, already escaped, in the order of newPhrase's names.
func (p phrase) write(b *strings.Builder, values ...string) {
	for _, part := range p {
		if part.arg < 0 {
			b.WriteString(part.text)
		} else {
			b.WriteString(values[part.arg])
		}
	}
}

// scoreWords are the words of the score explanations in one language, escaped as each is
// written (htmlText for those the score partial writes, as Catalog.HTML for the sentences).
type scoreWords struct {
	forbidden, overridden, failedMust, why, must, colon, nothingShared string
	label, missed, matchedOf, points, sides                            phrase
	missedItem                                                         phrase // not escaped: v.Missed is escaped whole
	nothing, englishYes, englishNo                                     string
	sentences                                                          map[string]phrase // by criterion
}

// scoreWordsIn are the score words of locale, made once per language.
func scoreWordsIn(locale string) *scoreWords {
	if w, ok := scoreWordsByLocale.Load(locale); ok {
		return w.(*scoreWords)
	}
	t := func(key string) string { return htmlText(messages.Catalog.T(locale, key)) }
	h := func(key string) string { return template.HTMLEscapeString(messages.Catalog.T(locale, key)) }
	same := func(s string) string { return s }
	w := &scoreWords{
		forbidden: t("score.forbidden"), overridden: t("score.overridden"), failedMust: t("score.failed_must"),
		why: t("score.why"), must: t("score.must"), colon: t("a11y.label_colon"), nothingShared: t("score.nothing_shared"),
		label:      newPhrase(locale, "score.label", htmlText, "score"),
		missed:     newPhrase(locale, "score.missed", htmlText, "items"),
		matchedOf:  newPhrase(locale, "score.matched_of", htmlText, "matched", "of"),
		points:     newPhrase(locale, "score.points", htmlText, "points"),
		sides:      newPhrase(locale, "score.sides", template.HTMLEscapeString, "mentee", "mentor"),
		missedItem: newPhrase(locale, "score.missed_item", same, "criterion", "points"),
		nothing:    h("score.mentee_view.nothing"), englishYes: h("score.mentee_view.english_yes"),
		englishNo: h("score.mentee_view.english_no"), sentences: map[string]phrase{},
	}
	for criterion, key := range scoreMenteeKeys {
		w.sentences[criterion] = newPhrase(locale, key, template.HTMLEscapeString, "mine", "theirs")
	}
	if i18n.Supported(locale) {
		scoreWordsByLocale.Store(locale, w) // bounded: the supported languages
	}
	return w
}

// scoreWordsByLocale are the scoreWords made, by locale.
var scoreWordsByLocale sync.Map
