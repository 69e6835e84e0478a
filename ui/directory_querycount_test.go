package ui_test

import (
	"net/http"
	"testing"

	"github.com/mentorbase/mentorbase/apptest"
)

// A directory page and a mentor's profile read no query however many mentors are listed:
// the programme, the mentors, the viewer's ranking, the page's mentors' seats and answer
// speeds and the viewer's application and pair are kept in memory (13 and 12 queries before,
// then 7, then the programme's alone). The first page after a change of the mentors or the
// pairs reads them once more.
func TestTheDirectoryAndAProfileReadAFixedNumberOfQueries(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	addListedMentors(t, w.app, w.open.Id, 60)
	handler := newHandler(t, w.app)
	headers := map[string]string{"Cookie": cookies(t, w.people["mia"])}
	get := func(url string) {
		if res := do(handler, http.MethodGet, url, nil, headers); res.Code != http.StatusOK {
			t.Fatalf("GET %s: %d", url, res.Code)
		}
	}
	for _, c := range []struct {
		name, url string
		want      int // at most
	}{
		{"the first page", "/programs/open-mentors/mentors", 0},
		{"page 2 of one language, by name", "/programs/open-mentors/mentors?language=sv&order=name&page=2", 0},
		{"a profile", "/programs/open-mentors/mentors/" + mwApp("ada"), 0},
	} {
		get(c.url) // reads the directory into memory
		queries := apptest.Queries(w.app, func() { get(c.url) })
		t.Logf("%s: %d queries", c.name, len(queries))
		if len(queries) > c.want {
			t.Errorf("%s: %d queries, more than %d:\n%v", c.name, len(queries), c.want, queries)
		}
	}
}
