package kernel

import (
	"regexp"
	"strings"

	"github.com/ganigeorgiev/fexpr"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/dbutils"
	"github.com/pocketbase/pocketbase/tools/search"
	"github.com/pocketbase/pocketbase/tools/subscriptions"
)

// SearchRefusal is why the REST API refuses a filter and a sort of collection to someone who
// is no superuser, or "" when it does not. PocketBase reads "notes_via_match.body ~ 'x'" as
// "every note of the match contains x" and checks it with a subquery over all the notes,
// ignoring the notes' list rule, so a member holding their own note could spell out their
// partner's, which only its author may read (README, Security). Filters and sorts through a
// path reaching many rows (notes_via_match, coordinators.name) are refused unless the filter
// uses a "?" operator, which only sees the rows the viewer may list; single relations are
// checked against their collection's list rule, so they stay allowed.
func SearchRefusal(app core.App, collection *core.Collection, filter, sort string) string {
	manyRows := func(path string) bool { return reachesManyRows(app, collection, path) }
	if path := ManyRowsComparison(filter, manyRows); path != "" {
		return `The filter compares every record linked through "` + path +
			`", including those you cannot read: use an any-operator (?=, ?!=, ?~, ?!~, ?<, ?>...) instead.`
	}
	for _, field := range search.ParseSortFromString(sort) {
		if manyRows(field.Name) {
			return `Sorting by "` + field.Name + `" is not allowed: it goes through many linked records; filter with ?= instead.`
		}
	}
	return ""
}

// SubscriptionRefusal is SearchRefusal's answer for realtime topics: why the REST API refuses
// the first topic naming a collection ("notes?options=…", "notes/<id>?options=…") whose
// filter SearchRefusal refuses, or "" when it refuses none. The topics are read by
// PocketBase's own realtime client, so the options checked are the ones it applies; a custom
// topic, which no record filter applies to, passes.
func SubscriptionRefusal(app core.App, topics []string) string {
	parsed := subscriptions.NewDefaultClient()
	parsed.Subscribe(topics...)
	for topic, options := range parsed.Subscriptions() {
		name, _, _ := strings.Cut(topic, "?")
		name, _, _ = strings.Cut(name, "/")
		collection, err := app.FindCachedCollectionByNameOrId(name)
		if err != nil {
			continue
		}
		if refusal := SearchRefusal(app, collection, options.Query[search.FilterQueryParam], ""); refusal != "" {
			return refusal
		}
	}
	return ""
}

// ManyRowsComparison is the first field that filter compares without a "?" operator along a
// path for which manyRows is true, or "". A filter that does not parse is PocketBase's to
// refuse.
func ManyRowsComparison(filter string, manyRows func(path string) bool) string {
	groups, err := fexpr.Parse(filter)
	if err != nil {
		return ""
	}
	return inGroups(groups, manyRows)
}

func inGroups(groups []fexpr.ExprGroup, manyRows func(string) bool) string {
	for _, group := range groups {
		path := ""
		switch item := group.Item.(type) {
		case fexpr.Expr:
			// PocketBase adds its every-row subquery to all operators but the "?" ones
			if !strings.HasPrefix(string(item.Op), "?") {
				if path = inToken(item.Left, manyRows); path == "" {
					path = inToken(item.Right, manyRows)
				}
			}
		case fexpr.ExprGroup:
			path = inGroups([]fexpr.ExprGroup{item}, manyRows)
		case []fexpr.ExprGroup:
			path = inGroups(item, manyRows)
		}
		if path != "" {
			return path
		}
	}
	return ""
}

// inToken looks into function arguments too: strftime passes PocketBase's every-row subquery on.
func inToken(token fexpr.Token, manyRows func(string) bool) string {
	switch token.Type {
	case fexpr.TokenIdentifier:
		if manyRows(token.Literal) {
			return token.Literal
		}
	case fexpr.TokenFunction:
		args, _ := token.Meta.([]fexpr.Token)
		for _, arg := range args {
			if path := inToken(arg, manyRows); path != "" {
				return path
			}
		}
	}
	return ""
}

// backRelation is PocketBase's syntax of a back-relation, collection_via_field.
var backRelation = regexp.MustCompile(`^(\w+)_via_(\w+)$`)

// reachesManyRows reports whether PocketBase resolves path, from collection, through a step
// where one row links to many: a multiple relation, or a back-relation not unique per row.
// Those are the steps after which it compares every linked row. The last part of the path is
// a field of the row reached, so "languages:each" on a readable row stays allowed; "@" paths
// are refused by PocketBase itself to everyone but superusers.
func reachesManyRows(app core.App, collection *core.Collection, path string) bool {
	if strings.HasPrefix(path, "@") {
		return false
	}
	props := strings.Split(path, ".")
	for _, prop := range props[:len(props)-1] {
		next, many := follow(app, collection, prop)
		if next == nil {
			return false
		}
		if many {
			return true
		}
		collection = next
	}
	return false
}

// follow is the collection that prop, a relation or back-relation of collection, leads to and
// whether a row links to many there; nil when prop is no relation (a JSON path, or a field
// PocketBase will not resolve).
func follow(app core.App, collection *core.Collection, prop string) (*core.Collection, bool) {
	if field := collection.Fields.GetByName(prop); field != nil {
		relation, ok := field.(*core.RelationField)
		if !ok {
			return nil, false
		}
		target, _ := app.FindCachedCollectionByNameOrId(relation.CollectionId)
		return target, relation.IsMultiple()
	}
	parts := backRelation.FindStringSubmatch(prop)
	if parts == nil {
		return nil, false
	}
	back, err := app.FindCachedCollectionByNameOrId(parts[1])
	if err != nil {
		return nil, false
	}
	relation, ok := back.Fields.GetByName(parts[2]).(*core.RelationField)
	if !ok || relation.CollectionId != collection.Id {
		return nil, false
	}
	_, unique := dbutils.FindSingleColumnUniqueIndex(back.Indexes, relation.Name)
	return back, relation.IsMultiple() || !unique
}
