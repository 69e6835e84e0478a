package ui

import (
	"encoding/json"
	"html/template"
	"slices"
	"sync"
	"unicode"

	"github.com/pocketbase/pocketbase/core"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/kernel"
)

// scoreCriterionKeys names each matching criterion in the catalog; a literal map so the catalog
// test sees every key.
var scoreCriterionKeys = map[string]string{
	matching.CriterionDevelopmentAreas: "score.criterion.development_areas",
	matching.CriterionIndustry:         "score.criterion.industry",
	matching.CriterionJobFunction:      "score.criterion.job_function",
	matching.CriterionInterests:        "score.criterion.interests",
	matching.CriterionLanguages:        "score.criterion.languages",
	matching.CriterionArea:             "score.criterion.area",
	matching.CriterionMeetingModes:     "score.criterion.meeting_modes",
	matching.CriterionEnglish:          "score.criterion.english",
}

// scoreView is a score and its explanation in the viewer's language, for partials/score.html.
type scoreView struct {
	Score      int
	Forbidden  bool
	Overridden bool     // a coordinator kept the forbidden pair anyway (console)
	FailedMust []string // translated criterion names
	Lines      []scoreLine
	// ForMentee: the mentee scored reads it (the directory); Missed then names the criteria
	// that cost points, most first.
	ForMentee bool
	Missed    string
	locale    string // of the words Why writes
}

// scoreLine is one criterion of a score: what the two people share and the points it gave.
type scoreLine struct {
	Name            string
	Shared          template.HTML // the shared values, comma-separated (ownWords)
	Mentee, Mentor  template.HTML // what each side brought to the comparison, likewise
	Matched, Of     int
	Points          int
	Must, Satisfied bool
	Sentence        template.HTML // the mentee's view of the criterion (forMentee)
	Missed          int           // points the criterion did not give
}

// explainScore translates res for locale: criterion names, tag labels, language and meeting
// mode names, program's areas. Tags are looked up by id; an unknown value is shown as stored.
func explainScore(app core.App, locale string, program *core.Record, res matching.Result) scoreView {
	return newValueLabels(app, locale, program).explain(res)
}

// explain is explainScore with the labels of l, which a page's scores share.
func (l *valueLabels) explain(res matching.Result) scoreView {
	v := scoreView{Score: res.Score, Forbidden: res.Forbidden, locale: l.locale}
	for _, name := range res.FailedMust {
		v.FailedMust = append(v.FailedMust, scoreCriterionName(l.locale, name))
	}
	v.Lines = make([]scoreLine, 0, len(res.Explanation))
	for _, c := range res.Explanation {
		kind := criterionValues(c.Criterion)
		v.Lines = append(v.Lines, scoreLine{Name: scoreCriterionName(l.locale, c.Criterion), Matched: c.Matched, Of: c.Of,
			Points: c.Points, Must: c.Must, Satisfied: c.Matched > 0,
			Shared: l.list(kind, c.Shared), Mentee: l.menteeSide(c.Criterion, kind, c.Mentee), Mentor: l.list(kind, c.Mentor)})
	}
	return v
}

// explainStored is explainScore for the score_details JSON saved on a match of program.
func explainStored(app core.App, locale string, program, match *core.Record) scoreView {
	var res matching.Result
	if raw := match.GetString("score_details"); raw != "" {
		if err := json.Unmarshal([]byte(raw), &res); err != nil {
			app.Logger().Warn("unreadable score_details", "match", match.Id, "error", err)
		}
	}
	res.Score = match.GetInt("score")
	return explainScore(app, locale, program, res)
}

func scoreCriterionName(locale, criterion string) string {
	if key, ok := scoreCriterionKeys[criterion]; ok {
		return messages.Catalog.T(locale, key)
	}
	return criterion
}

// tagIDText is the label of the tag id for a reader of locale, with the language it is in
// (tagText); an unknown id is shown as it is.
func tagIDText(app core.App, locale, id string) (label, lang string) {
	label, lang, ok := cachedTagLabel(app, locale, id)
	if !ok {
		return id, ""
	}
	return label, lang
}

// tagWords are the labels of the tags ids for a reader of locale, comma-separated, each
// marked with its language when it is not the page's (ownWords).
func tagWords(app core.App, locale string, ids []string) template.HTML {
	return newValueLabels(app, locale, nil).list(tagValue, ids)
}

// spokenLanguageName names an ISO 639-1 language in locale ("de" → "allemand" in French).
// The names are kept once made (languageNames): a directory page names a hundred languages,
// and each name built a namer for the locale. They are looked up by a pair of strings, which
// a map key holds without making a string of the two for each name.
func spokenLanguageName(locale, code string) string {
	key := languageKey{locale, code}
	languageNamesMu.RLock()
	name, ok := languageNames[key]
	languageNamesMu.RUnlock()
	if ok {
		return name
	}
	tag, err := language.Parse(code)
	if err != nil {
		return code
	}
	name = display.Languages(language.Make(locale)).Name(tag)
	if name == "" {
		return code
	}
	r := []rune(name)
	r[0] = unicode.ToUpper(r[0])
	name = string(r)
	if len(code) == 2 && len(locale) == 2 {
		languageNamesMu.Lock()
		languageNames[key] = name // bounded: two-letter codes in two-letter locales
		languageNamesMu.Unlock()
	}
	return name
}

// languageKey is a language code and the locale it is named in.
type languageKey struct{ locale, code string }

// languageNames are the names spokenLanguageName made, by locale and code.
var (
	languageNamesMu sync.RWMutex
	languageNames   = map[languageKey]string{}
)

// spokenLanguageNames is spokenLanguageName for each code.
func spokenLanguageNames(locale string, codes []string) []string {
	out := make([]string, 0, len(codes))
	for _, code := range codes {
		out = append(out, spokenLanguageName(locale, code))
	}
	return out
}

// modeName translates in_person, video or phone; the forms, the directory, the scores and the
// meetings all name them with the meeting.mode keys.
func modeName(locale, mode string) string {
	if slices.Contains(kernel.MeetingModes, mode) {
		return messages.Catalog.T(locale, "meeting.mode."+mode)
	}
	return mode
}

// modeNames is modeName for each mode.
func modeNames(locale string, modes []string) []string {
	out := make([]string, 0, len(modes))
	for _, mode := range modes {
		out = append(out, modeName(locale, mode))
	}
	return out
}
