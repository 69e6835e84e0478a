package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
	"golang.org/x/net/html"
)

// TestMatchPageContentsLinkEverySection: the match page, many screens long on a phone, starts
// with links to its sections (WCAG 2.4.5): one for each titled section the page shows, to
// the member and to the coordinator, and none to a section it does not show.
func TestMatchPageContentsLinkEverySection(t *testing.T) {
	t.Parallel()
	for _, person := range []string{"sven", "coord"} {
		headers, factory := as(seedWork, person)
		(&tests.ApiScenario{Name: person, Method: http.MethodGet, URL: "/matches/" + wid("matcha"), Headers: headers,
			TestAppFactory: factory, ExpectedStatus: http.StatusOK, ExpectedContent: []string{`class="page-contents"`},
			AfterTestFunc: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
				doc, err := html.Parse(res.Body)
				if err != nil {
					t.Fatal(err)
				}
				linked, sections := map[string]bool{}, map[string]bool{}
				visit(doc, func(n *html.Node) {
					if n.Data == "nav" && strings.Contains(attrOf(n, "class"), "page-contents") {
						visit(n, func(a *html.Node) {
							if a.Data == "a" {
								linked[strings.TrimPrefix(attrOf(a, "href"), "#")] = true
							}
						})
					}
					if n.Data == "section" && attrOf(n, "id") != "" && attrOf(n, "aria-labelledby") != "" {
						sections[attrOf(n, "id")] = true
					}
				})
				if len(sections) < 8 {
					t.Fatalf("only %d titled sections found: %v", len(sections), sections)
				}
				for id := range sections {
					if !linked[id] {
						t.Errorf("section #%s is not in the page's contents", id)
					}
				}
				for id := range linked {
					if !sections[id] {
						t.Errorf("the contents link #%s, which the page does not show", id)
					}
				}
			}}).Test(t)
	}
}
