// Package content holds the programme guidance shipped with mentorbase: one
// Markdown file per page and language under content/<locale>/<slug>.md, each
// opening with a YAML front matter block (title, audience, order).
//
// The files are embedded and parsed once at start-up; a malformed file panics
// there, so a broken build fails its tests and `serve` instead of showing a
// half-empty page to a participant. A `pages` record with the same slug and
// locale overrides a file; that lookup lives in the portal, not here.
package content

import (
	"bytes"
	"cmp"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"gopkg.in/yaml.v2"
)

// Page is one guidance page in one language.
type Page struct {
	Slug     string
	Locale   string
	Title    string
	Audience string // all, mentor, mentee or coordinator
	Order    int
	Version  int    // the notice's version, for a page people consent to (privacy); else 0
	Body     string // Markdown without the front matter
}

// Locales are the languages every guidance page is written in.
var Locales = []string{"en", "fr", "sv"}

// Audiences are the values a page's front matter may give as audience.
var Audiences = []string{"all", "mentor", "mentee", "coordinator"}

//go:embed en/*.md fr/*.md sv/*.md
var files embed.FS

// pages maps locale, then slug, to its page.
var pages = mustLoad(files)

// PrivacyNotice is the slug of the privacy notice, the page applicants consent to.
const PrivacyNotice = "privacy"

// PrivacyNoticeVersion is the version of the privacy notice in force, which an application's
// consent records; a release that changes what the notice promises raises it in every
// language's front matter.
func PrivacyNoticeVersion() int {
	p, _ := Get("en", PrivacyNotice)
	return p.Version
}

// Get returns the page with this slug in this locale.
func Get(locale, slug string) (Page, bool) {
	p, ok := pages[locale][slug]
	return p, ok
}

// List returns the pages of a locale sorted by Order, then Slug; nil for an
// unknown locale.
func List(locale string) []Page {
	var list []Page
	for _, p := range pages[locale] {
		list = append(list, p)
	}
	slices.SortFunc(list, func(a, b Page) int {
		return cmp.Or(cmp.Compare(a.Order, b.Order), strings.Compare(a.Slug, b.Slug))
	})
	return list
}

// Slugs returns the slugs of the English pages in List order; every locale
// has the same set (the tests hold it).
func Slugs() []string {
	var slugs []string
	for _, p := range List("en") {
		slugs = append(slugs, p.Slug)
	}
	return slugs
}

func mustLoad(fsys fs.FS) map[string]map[string]Page {
	loaded, err := load(fsys)
	if err != nil {
		panic("content: " + err.Error())
	}
	return loaded
}

func load(fsys fs.FS) (map[string]map[string]Page, error) {
	loaded := map[string]map[string]Page{}
	for _, locale := range Locales {
		names, err := fs.Glob(fsys, locale+"/*.md")
		if err != nil {
			return nil, err
		}
		loaded[locale] = map[string]Page{}
		for _, name := range names {
			src, err := fs.ReadFile(fsys, name)
			if err != nil {
				return nil, err
			}
			p, err := parse(src)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			p.Locale = locale
			p.Slug = strings.TrimSuffix(path.Base(name), ".md")
			loaded[locale][p.Slug] = p
		}
	}
	return loaded, nil
}

// frontMatter is what a page's YAML header may say; unknown keys are errors,
// so a typo does not silently drop a field.
type frontMatter struct {
	Title    string `yaml:"title"`
	Audience string `yaml:"audience"`
	Order    int    `yaml:"order"`
	Version  int    `yaml:"version"`
}

// parse splits a file into its front matter and Markdown body.
func parse(src []byte) (Page, error) {
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	rest, ok := bytes.CutPrefix(src, []byte("---\n"))
	if !ok {
		return Page{}, fmt.Errorf("no front matter: the file must start with a --- line")
	}
	header, body, ok := bytes.Cut(rest, []byte("\n---\n"))
	if !ok {
		return Page{}, fmt.Errorf("front matter is not closed by a --- line")
	}
	var fm frontMatter
	if err := yaml.UnmarshalStrict(header, &fm); err != nil {
		return Page{}, fmt.Errorf("front matter: %w", err)
	}
	if strings.TrimSpace(fm.Title) == "" {
		return Page{}, fmt.Errorf("front matter: title is empty")
	}
	if !slices.Contains(Audiences, fm.Audience) {
		return Page{}, fmt.Errorf("front matter: audience %q is not one of %v", fm.Audience, Audiences)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return Page{}, fmt.Errorf("the page has no body")
	}
	return Page{
		Title:    fm.Title,
		Audience: fm.Audience,
		Order:    fm.Order,
		Version:  fm.Version,
		Body:     strings.TrimSpace(string(body)) + "\n",
	}, nil
}
