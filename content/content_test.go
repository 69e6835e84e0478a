package content

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/mentorbase/mentorbase/internal/markdown"
)

// guidanceSlugs are the guidance pages (`/guide`, README "Creating your first programme") that
// ship in every language: each step of the seed programmes has its page.
var guidanceSlugs = []string{
	"how-it-works", "mentor-commitments", "mentee-commitments", "charter-template",
	"first-interview", "roadbook-guide", "what-to-talk-about", "saying-no",
	"rules-of-conduct", "contact", "privacy",
}

func TestEveryGuidancePageExistsInEveryLocale(t *testing.T) {
	for _, locale := range Locales {
		for _, slug := range guidanceSlugs {
			t.Run(locale+"/"+slug, func(t *testing.T) {
				p, ok := Get(locale, slug)
				if !ok {
					t.Fatalf("missing content/%s/%s.md", locale, slug)
				}
				if p.Slug != slug || p.Locale != locale {
					t.Errorf("got slug %q locale %q", p.Slug, p.Locale)
				}
				if strings.TrimSpace(p.Title) == "" || strings.TrimSpace(p.Body) == "" {
					t.Errorf("empty title or body")
				}
				if !slices.Contains(Audiences, p.Audience) {
					t.Errorf("audience %q is not one of %v", p.Audience, Audiences)
				}
				if strings.HasPrefix(p.Body, "---") {
					t.Errorf("body still holds front matter")
				}
			})
		}
	}
}

func TestLocalesHaveTheSameSlugsOrdersAndAudiences(t *testing.T) {
	en := List("en")
	for _, locale := range Locales[1:] {
		other := List(locale)
		if len(other) != len(en) {
			t.Fatalf("%s has %d pages, en has %d", locale, len(other), len(en))
		}
		for i := range en {
			if other[i].Slug != en[i].Slug || other[i].Order != en[i].Order || other[i].Audience != en[i].Audience {
				t.Errorf("%s page %d is %s (order %d, %s); en has %s (order %d, %s)", locale, i,
					other[i].Slug, other[i].Order, other[i].Audience, en[i].Slug, en[i].Order, en[i].Audience)
			}
		}
	}
	if got := Slugs(); len(got) != len(guidanceSlugs) {
		t.Errorf("Slugs() = %v, want the %d guidance pages", got, len(guidanceSlugs))
	}
}

func TestListIsSortedByOrderThenSlug(t *testing.T) {
	list := List("en")
	sorted := slices.IsSortedFunc(list, func(a, b Page) int {
		if a.Order != b.Order {
			return a.Order - b.Order
		}
		return strings.Compare(a.Slug, b.Slug)
	})
	if !sorted || list[0].Slug != "how-it-works" {
		t.Errorf("List(en) is not in reading order: %v", slugsOf(list))
	}
	if List("de") != nil {
		t.Errorf("List of an unknown locale is not empty")
	}
	if _, ok := Get("en", "no-such-page"); ok {
		t.Errorf("Get found a page that does not exist")
	}
}

func TestEveryPageRenders(t *testing.T) {
	for _, locale := range Locales {
		for _, p := range List(locale) {
			html, err := markdown.Render(p.Body)
			if err != nil {
				t.Errorf("%s/%s: %v", locale, p.Slug, err)
				continue
			}
			if !strings.Contains(string(html), "<h2 id=") {
				t.Errorf("%s/%s: rendered without a section heading", locale, p.Slug)
			}
			if strings.Contains(string(html), "raw HTML omitted") {
				t.Errorf("%s/%s: holds raw HTML that the renderer drops", locale, p.Slug)
			}
		}
	}
}

func TestLoadRejectsBrokenFiles(t *testing.T) {
	tests := map[string]string{
		"no front matter":   "# Title\n\nBody\n",
		"unclosed":          "---\ntitle: T\naudience: all\norder: 1\n\nBody\n",
		"empty title":       "---\ntitle: \"\"\naudience: all\norder: 1\n---\nBody\n",
		"unknown audience":  "---\ntitle: T\naudience: everyone\norder: 1\n---\nBody\n",
		"unknown key":       "---\ntitle: T\naudience: all\norder: 1\nslug: x\n---\nBody\n",
		"order not integer": "---\ntitle: T\naudience: all\norder: first\n---\nBody\n",
		"empty body":        "---\ntitle: T\naudience: all\norder: 1\n---\n\n",
	}
	for name, src := range tests {
		t.Run(name, func(t *testing.T) {
			fsys := fstest.MapFS{"en/page.md": {Data: []byte(src)}}
			if _, err := load(fsys); err == nil {
				t.Errorf("load accepted a broken file")
			}
		})
	}
	good := fstest.MapFS{"fr/page.md": {Data: []byte("---\r\ntitle: T\r\naudience: mentee\r\norder: 3\r\n---\r\n## Hello\r\n")}}
	pages, err := load(good)
	if err != nil {
		t.Fatalf("load rejected a valid file with CRLF line ends: %v", err)
	}
	if p := pages["fr"]["page"]; p.Title != "T" || p.Audience != "mentee" || p.Order != 3 || p.Body != "## Hello\n" {
		t.Errorf("parsed %+v", p)
	}
}

func slugsOf(list []Page) []string {
	var s []string
	for _, p := range list {
		s = append(s, p.Slug)
	}
	return s
}
