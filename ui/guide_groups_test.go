package ui

import (
	"slices"
	"testing"

	"github.com/mentorbase/mentorbase/content"
)

func TestEveryAudienceHasAHeading(t *testing.T) {
	t.Parallel()
	for _, audience := range content.Audiences {
		if audienceHeadings[audience] == "" {
			t.Errorf("audience %q has no heading in the guidance list", audience)
		}
	}
}

func TestGroupByAudience(t *testing.T) {
	t.Parallel()
	page := func(slug, audience string) content.Page { return content.Page{Slug: slug, Audience: audience} }
	cases := []struct {
		name  string
		pages []content.Page
		want  map[string][]string // heading → slugs; also the order of headings below
		order []string
	}{
		{"empty", nil, map[string][]string{}, nil},
		{"everyone first, then mentors, mentees, coordinators, keeping the page order",
			[]content.Page{page("c", "coordinator"), page("m2", "mentee"), page("a", "all"), page("r", "mentor"), page("m1", "mentee"), page("b", "all")},
			map[string][]string{"guide.group_all": {"a", "b"}, "guide.group_mentor": {"r"}, "guide.group_mentee": {"m2", "m1"}, "guide.group_coordinator": {"c"}},
			[]string{"guide.group_all", "guide.group_mentor", "guide.group_mentee", "guide.group_coordinator"}},
		{"audiences without a page have no heading",
			[]content.Page{page("m", "mentee")},
			map[string][]string{"guide.group_mentee": {"m"}}, []string{"guide.group_mentee"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			groups := groupByAudience(tc.pages)
			var headings []string
			for _, g := range groups {
				headings = append(headings, g.Heading)
				var slugs []string
				for _, p := range g.Pages {
					slugs = append(slugs, p.Slug)
				}
				if !slices.Equal(slugs, tc.want[g.Heading]) {
					t.Errorf("%s: %v, want %v", g.Heading, slugs, tc.want[g.Heading])
				}
			}
			if !slices.Equal(headings, tc.order) {
				t.Errorf("headings %v, want %v", headings, tc.order)
			}
		})
	}
}
