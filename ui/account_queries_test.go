package ui_test

import (
	"net/http"
	"testing"

	"github.com/mentorbase/mentorbase/apptest"
)

// What every signed-in page shares (the person behind the cookie, whether they coordinate a
// programme) is read once, not on every page: the second /account sends only the page's own
// queries, which are none.
func TestTheSharedPathOfASignedInPageIsReadOnce(t *testing.T) {
	t.Parallel()
	app := newApp(t)
	b := apptest.Build(t, app)
	marie := b.Person("marie@example.org", "Marie", "en")
	handler := newHandler(t, app)
	headers := map[string]string{"Cookie": cookies(t, marie)}
	var counts []int
	for range 2 {
		var status int
		queries := apptest.Queries(app, func() { status = do(handler, http.MethodGet, "/account", nil, headers).Code })
		if status != http.StatusOK {
			t.Fatalf("GET /account: %d", status)
		}
		counts = append(counts, len(queries))
		t.Logf("/account: %d queries: %q", len(queries), queries)
	}
	if counts[0]-counts[1] != 2 {
		t.Errorf("the first /account sent %d queries, the second %d: want the person and the navigation read once", counts[0], counts[1])
	}
	if counts[1] != 0 { // the page shows only what the person's record holds
		t.Errorf("the second /account sent %d queries, want none", counts[1])
	}
}
