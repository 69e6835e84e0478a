package ui

import (
	"github.com/pocketbase/pocketbase/core"

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

// vocabulary is every tag, by id and in the order of their keys.
type vocabulary struct {
	byID  map[string]*core.Record
	byKey []*core.Record
}

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
	v = vocabulary{byID: make(map[string]*core.Record, len(all)), byKey: all}
	for _, t := range all {
		v.byID[t.Id] = t
	}
	app.Store().Set(tagCacheKey, v)
	return v, nil
}

// cachedTag finds a tag by id in the cached vocabulary (none when it cannot be read).
func cachedTag(app core.App, id string) (*core.Record, bool) {
	v, _ := cachedVocabulary(app)
	tag, ok := v.byID[id]
	return tag, ok
}
