package ui_test

import (
	"testing"
)

// A programme page shows to everyone once published, and before that only to its
// coordinators; an unknown programme is a translated 404.
func TestProgrammePage(t *testing.T) {
	t.Parallel()
	testPageCalls(t, []pageCall{
		{name: "published programme page for a visitor", person: "visitor", url: "/programs/open-doors", status: 200,
			want: []string{"<h1>Open Doors</h1>", "<strong>once a month</strong>", "Key dates", "Applications open", "the coordinators pair"}},
		{name: "unpublished programme is 404 for a visitor", person: "visitor", url: "/programs/secret-pilot", status: 404,
			want: []string{"Page not found"}, notWant: []string{"Secret Pilot"}},
		{name: "unpublished programme is 404 for another user", person: "other", url: "/programs/secret-pilot", status: 404,
			want: []string{"Page not found"}, notWant: []string{"Secret Pilot"}},
		{name: "unpublished programme shows to its coordinator", person: "coord", url: "/programs/secret-pilot", status: 200,
			want: []string{"<h1>Secret Pilot</h1>", "Draft (not published)"}},
		{name: "unknown programme is a translated 404", person: "ada", url: "/programs/nope", status: 404,
			want: []string{"Sidan hittades inte"}},
	})
}
