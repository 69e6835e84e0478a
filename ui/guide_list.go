package ui

import (
	"cmp"
	"math"
	"net/http"
	"slices"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/content"
	"github.com/mentorbase/mentorbase/kernel"
)

// guideGroup is the guidance for one audience, under a heading such as "For mentors".
type guideGroup struct {
	Heading string // catalog key
	Pages   []content.Page
}

// audienceHeadings are the catalog keys of the list's headings, per content.Audiences value.
var audienceHeadings = map[string]string{
	"all":         "guide.group_all",
	"mentor":      "guide.group_mentor",
	"mentee":      "guide.group_mentee",
	"coordinator": "guide.group_coordinator",
}

// dashboardOrder places the pages written only in the dashboard, which have no order of
// their own, after the shipped ones.
const dashboardOrder = math.MaxInt

// guideList lists the guidance pages in the reader's language, grouped by audience.
func (s *server) guideList(e *core.RequestEvent) error {
	p := newPage(e, "guide.title")
	pages, err := guidancePages(e.App, p.Locale)
	if err != nil {
		return err
	}
	p.Data = groupByAudience(pages)
	return s.render(e, http.StatusOK, "guide_list", p)
}

// guidancePages returns the shipped pages of a locale and the dashboard's `pages` records in
// it, sorted by order then title. A record with a shipped slug gives that page its title;
// a record with a new slug is a page for everyone.
func guidancePages(app core.App, locale string) ([]content.Page, error) {
	records, err := app.FindAllRecords(kernel.CollectionPages, dbx.HashExp{"locale": locale})
	if err != nil {
		return nil, err
	}
	pages := content.List(locale)
	for _, r := range records {
		slug, title := r.GetString("slug"), r.GetString("title")
		if i := slices.IndexFunc(pages, func(p content.Page) bool { return p.Slug == slug }); i >= 0 {
			pages[i].Title = title
			continue
		}
		pages = append(pages, content.Page{Slug: slug, Locale: locale, Title: title, Audience: "all", Order: dashboardOrder})
	}
	slices.SortStableFunc(pages, func(a, b content.Page) int {
		return cmp.Or(cmp.Compare(a.Order, b.Order), strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title)))
	})
	return pages, nil
}

// groupByAudience splits sorted pages into content.Audiences' order ("all" first), leaving
// out audiences without a page.
func groupByAudience(pages []content.Page) []guideGroup {
	var groups []guideGroup
	for _, audience := range content.Audiences {
		group := guideGroup{Heading: audienceHeadings[audience]}
		for _, p := range pages {
			if p.Audience == audience {
				group.Pages = append(group.Pages, p)
			}
		}
		if len(group.Pages) > 0 {
			groups = append(groups, group)
		}
	}
	return groups
}
