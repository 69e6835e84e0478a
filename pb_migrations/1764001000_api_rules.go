package pb_migrations

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Opens the collections to the API with rules that encode DESIGN §1: visitors read the public
// part, participants their own records and their pair's shared ones (never a draft match,
// never someone else's note), coordinators everything of their own programmes only.
// Contact details are hidden per viewer by the users enrich hook in pb_hooks.
func init() {
	m.Register(func(app core.App) error {
		return saveRules(app, func(core.App) (map[string]collectionRules, error) { return apiRules(), nil })
	}, func(app core.App) error {
		for name := range apiRules() {
			c, err := app.FindCollectionByNameOrId(name)
			if err != nil {
				return err
			}
			c.ListRule, c.ViewRule, c.CreateRule, c.UpdateRule, c.DeleteRule = nil, nil, nil, nil, nil
			if err := app.Save(c); err != nil {
				return err
			}
		}
		return nil
	})
}

// collectionRules are the rules of one collection; list and view share one rule. nil means
// superusers only.
type collectionRules struct{ view, create, update, delete *string }

const (
	me       = "@request.auth.id"
	signedIn = `@request.auth.id != ""`
	// public is the empty rule: everybody, visitors included.
	public = ""
)

func rule(s string) *string { return &s }

func allOf(parts ...string) string { return "(" + strings.Join(parts, " && ") + ")" }

func anyOf(parts ...string) string { return "(" + strings.Join(parts, " || ") + ")" }

// prefixed joins a relation path and a field, where an empty path is the record itself.
func prefixed(path, field string) string {
	if path == "" {
		return field
	}
	return path + "." + field
}

// coordinates: the signed-in user is a coordinator of the programme at path. The ".id" is
// needed: through a relation path, "coordinators ?= x" compares the raw JSON list.
func coordinates(programPath string) string {
	return allOf(signedIn, prefixed(programPath, "coordinators.id")+" ?= "+me)
}

// memberOf: the signed-in user is the mentor or the mentee of the match at path, and the
// match has left the coordinators' drafts.
func memberOf(matchPath string) string {
	return allOf(signedIn, prefixed(matchPath, "status")+` != "draft"`, anyOf(
		prefixed(matchPath, "mentor.user")+" = "+me,
		prefixed(matchPath, "mentee.user")+" = "+me,
	))
}

// unchanged: the request does not change any of fields (a record never moves to another
// programme, pair or author).
func unchanged(fields ...string) string {
	parts := make([]string, len(fields))
	for i, f := range fields {
		parts[i] = "@request.body." + f + ":changed = false"
	}
	return allOf(parts...)
}

func apiRules() map[string]collectionRules {
	rules := map[string]collectionRules{}
	for name, r := range publicRules() {
		rules[name] = r
	}
	for name, r := range participationRules() {
		rules[name] = r
	}
	for name, r := range pairRules() {
		rules[name] = r
	}
	return rules
}

// publicRules cover what visitors may read: published programmes, their published charters
// and events, the tag vocabulary and guidance pages.
func publicRules() map[string]collectionRules {
	byCoordinator := coordinates("program")
	return map[string]collectionRules{
		"programs": {
			view:   rule(anyOf("published = true", coordinates(""))),
			update: rule(allOf(coordinates(""), unchanged("coordinators"))),
		},
		"charters": {
			view:   rule(anyOf(`(program.published = true && published_at != "")`, byCoordinator)),
			create: rule(byCoordinator),
			// a version people may have accepted is never edited: publish a new one
			update: rule(allOf(byCoordinator, `published_at = ""`, unchanged("program"))),
			delete: rule(allOf(byCoordinator, `published_at = ""`)),
		},
		"events": {
			view:   rule(anyOf("program.published = true", byCoordinator)),
			create: rule(byCoordinator),
			update: rule(allOf(byCoordinator, unchanged("program"))),
			delete: rule(byCoordinator),
		},
		"tags": {
			view:   rule(public),
			create: rule(allOf(`program != ""`, byCoordinator)),
			update: rule(allOf(`program != ""`, byCoordinator, unchanged("program"))),
			delete: rule(allOf(`program != ""`, byCoordinator)),
		},
		"pages": {view: rule(public)},
	}
}
