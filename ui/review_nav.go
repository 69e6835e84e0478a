package ui

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// coordinatorKey is where a request keeps whether its person coordinates a programme, once
// known, so the page's navigation does not ask the database for it again.
const coordinatorKey = "ui.coordinatesAny"

// coordinatedFilter finds the programmes the person {:u} coordinates.
const coordinatedFilter = "coordinators.id ?= {:u}"

// rememberCoordinator records whether the signed-in person coordinates a programme, when the
// request has learnt it from the programmes it loaded.
func rememberCoordinator(e *core.RequestEvent, coordinates bool) {
	e.Set(coordinatorKey, coordinates)
}

// coordinatesAny reports whether the signed-in person of a portal page is a coordinator of
// at least one programme. It asks at most once per request, and not at all on a coordinator's
// page that has loaded its programme already, nor while the app's coordinators cache knows.
func coordinatesAny(e *core.RequestEvent) bool {
	if e.Auth == nil || e.Auth.Collection().Name != kernel.CollectionUsers {
		return false
	}
	if known, ok := e.Get(coordinatorKey).(bool); ok {
		return known
	}
	cache, _ := e.App.Store().Get(coordinatorsCacheKey).(*coordinatorsCache)
	coordinates, ok, edits := cache.lookup(e.Auth.Id)
	if !ok {
		_, err := e.App.FindFirstRecordByFilter(kernel.CollectionPrograms, coordinatedFilter, dbx.Params{"u": e.Auth.Id})
		coordinates = err == nil
		cache.keep(e.Auth.Id, coordinates, edits)
	}
	rememberCoordinator(e, coordinates)
	return coordinates
}

// coordinatorsCacheKey is where the app's store holds its coordinatorsCache.
const coordinatorsCacheKey = "mentorbase.coordinators"

// coordinatorsCacheLimit bounds the people the cache knows (a few MB); past it, it starts over.
const coordinatorsCacheLimit = 50_000

// coordinatorsCache knows, per person, whether they coordinate a programme: every signed-in
// page's navigation asks, and the query (a JSON search through every programme's
// coordinators) was an eighth of the portal's CPU time at 64 connections. Any change to a
// programme, from the portal, the REST API or the dashboard, forgets it all.
type coordinatorsCache = knownAnswers[bool]

// bindCoordinatorsCache gives app a coordinators cache that its programmes' changes empty.
func bindCoordinatorsCache(app core.App) {
	c := &coordinatorsCache{limit: coordinatorsCacheLimit}
	app.Store().Set(coordinatorsCacheKey, c)
	onRecordChange(app, func(core.App) { c.forget() }, kernel.CollectionPrograms)
}
