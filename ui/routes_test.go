package ui_test

import "testing"

// An unknown portal address is a translated 404 page; an unknown REST API address stays JSON.
func TestUnknownAddresses(t *testing.T) {
	t.Parallel()
	testPageCalls(t, []pageCall{
		{name: "unknown page is a translated 404", person: "visitor", url: "/nowhere", status: 404,
			headers: []string{"Accept-Language", "fr"}, want: []string{"Page introuvable"}},
		{name: "unknown API address stays JSON", person: "visitor", url: "/api/nowhere", status: 404,
			want: []string{`"status":404`}},
	})
}
