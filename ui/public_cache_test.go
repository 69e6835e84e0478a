package ui_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/apptest"
)

// The public pages are rendered once for every visitor: the next visitor's page costs no
// query and carries their own CSRF token (never the first visitor's, nor the placeholder),
// an edit to the programme, its events or the guide shows at once, and a signed-in person
// still gets a page of their own.
func TestPublicPagesAreRenderedOnceForEveryVisitor(t *testing.T) {
	t.Parallel()
	app := newApp(t)
	b := apptest.Build(t, app)
	program := createProgram(t, app, "alumni", "Alumni mentoring", true)
	handler := newHandler(t, app)
	first, second := strings.Repeat("a", 43), strings.Repeat("b", 43)
	visit := func(url, cookie string) (body string, queries int) {
		t.Helper()
		var code int
		queries = len(apptest.Queries(app, func() {
			res := do(handler, http.MethodGet, url, nil, map[string]string{"Cookie": cookie})
			code, body = res.Code, res.Body.String()
		}))
		if code != http.StatusOK {
			t.Fatalf("GET %s: %d", url, code)
		}
		return body, queries
	}
	for _, url := range []string{"/", "/programs/alumni", "/guide", "/guide/how-it-works"} {
		page, _ := visit(url, "mb_csrf="+first)
		again, queries := visit(url, "mb_csrf="+second)
		if queries != 0 {
			t.Errorf("%s: the second visitor's page sent %d queries, want it from the cache", url, queries)
		}
		if strings.Contains(again, first) || strings.Contains(again, "placeholder") || !strings.Contains(again, second) {
			t.Errorf("%s: the second visitor's page does not carry their own token alone", url)
		}
		if strings.ReplaceAll(page, first, second) != again {
			t.Errorf("%s: the cached page differs from the one rendered for the first visitor", url)
		}
		if french, _ := visit(url, "mb_csrf="+second+"; lang=fr"); !strings.Contains(french, `<html lang="fr">`) {
			t.Errorf("%s: a French visitor got the English render", url)
		}
	}

	program.Set("name_en", "Alumni mentoring, renamed")
	b.Save(program)
	b.Event(program.Id, "workshop", "Kick-off workshop", time.Now().AddDate(0, 0, 7))
	b.Record("pages", map[string]any{"slug": "how-it-works", "locale": "en", "title": "How it works here", "body": "Our own words."})
	for url, want := range map[string]string{"/": "Alumni mentoring, renamed", "/programs/alumni": "Kick-off workshop",
		"/guide": "How it works here", "/guide/how-it-works": "Our own words."} {
		if page, _ := visit(url, "mb_csrf="+second); !strings.Contains(page, want) {
			t.Errorf("%s after an edit: %q missing, the cache was not forgotten", url, want)
		}
	}

	person := b.Person("ada@example.org", "Ada Lovelace", "en")
	if page, _ := visit("/", cookies(t, person)); !strings.Contains(page, `id="nav-me"`) {
		t.Errorf("a signed-in person was served the visitors' page")
	}
}
