package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/kernel"
)

// tagCacheKey holds, in the app's store, every tag by id. Pages label many tags at once (a
// directory of mentors with their skills, the console's explanations); the vocabulary is
// small and rarely edited, so it is read once instead of once per label.
const tagCacheKey = "mentorbase.ui.tags"

// bindTagCache forgets the cached vocabulary whenever a tag is created, changed or deleted,
// from the portal, the REST API or the dashboard.
func bindTagCache(app core.App) {
	onRecordChange(app, func(app core.App) { app.Store().Remove(tagCacheKey) }, kernel.CollectionTags)
}

// vocabulary is every tag, by id and in the order of their keys, with their labels for each
// language's readers: a directory page labels some three hundred tags (cards, scores, filters).
type vocabulary struct {
	byID   map[string]*core.Record
	byKey  []*core.Record
	scopes []tagScope                     // byKey's kinds and programmes, read once (directoryOptionsOf)
	labels map[string]map[string]tagLabel // locale → tag id → tagText
}

// tagScope is a tag's kind and its programme ("" for every programme's).
type tagScope struct{ kind, program string }

// tagLabel is a tag's label for the readers of one language, and the language it is in.
type tagLabel struct{ text, lang string }

// cachedVocabulary is every tag, loading them when needed; a failed load is not cached.
func cachedVocabulary(app core.App) (vocabulary, error) {
	v, cached := app.Store().Get(tagCacheKey).(vocabulary)
	if cached {
		return v, nil
	}
	all, err := app.FindRecordsByFilter(kernel.CollectionTags, "", "key", 0, 0)
	if err != nil {
		return v, err
	}
	v = vocabulary{byID: make(map[string]*core.Record, len(all)), byKey: all, scopes: make([]tagScope, len(all)),
		labels: map[string]map[string]tagLabel{}}
	for _, locale := range i18n.Locales {
		v.labels[locale] = make(map[string]tagLabel, len(all))
	}
	for i, t := range all {
		v.byID[t.Id] = t
		v.scopes[i] = tagScope{t.GetString("kind"), t.GetString("program")}
		for locale, labels := range v.labels {
			text, lang := tagText(t, locale)
			labels[t.Id] = tagLabel{text, lang}
		}
	}
	app.Store().Set(tagCacheKey, v)
	return v, nil
}

// label is tagText of tag for a reader of locale, as the vocabulary keeps it.
func (v vocabulary) label(tag *core.Record, locale string) (text, lang string) {
	if l, ok := v.labels[locale][tag.Id]; ok {
		return l.text, l.lang
	}
	return tagText(tag, locale)
}

// cachedTagLabel is the label of the tag id for a reader of locale and the language it is in
// (tagText), from the cached vocabulary; ok is false for an unknown id.
func cachedTagLabel(app core.App, locale, id string) (text, lang string, ok bool) {
	v, _ := cachedVocabulary(app)
	tag, ok := v.byID[id]
	if !ok {
		return "", "", false
	}
	text, lang = v.label(tag, locale)
	return text, lang, true
}
