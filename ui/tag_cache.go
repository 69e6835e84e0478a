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

// cachedTag finds a tag by id in the cached vocabulary, loading it when needed; a failed
// load is not cached.
func cachedTag(app core.App, id string) (*core.Record, bool) {
	tags, cached := app.Store().Get(tagCacheKey).(map[string]*core.Record)
	if !cached {
		all, err := app.FindAllRecords(kernel.CollectionTags)
		if err != nil {
			return nil, false
		}
		tags = make(map[string]*core.Record, len(all))
		for _, t := range all {
			tags[t.Id] = t
		}
		app.Store().Set(tagCacheKey, tags)
	}
	tag, ok := tags[id]
	return tag, ok
}
