package ui

import (
	"html/template"
	"net/http"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/content"
	"github.com/mentorbase/mentorbase/internal/markdown"
	"github.com/mentorbase/mentorbase/kernel"
)

// guideShow shows one guidance page. A `pages` record with the same slug and locale, edited in
// the dashboard, replaces the built-in file.
func (s *server) guideShow(e *core.RequestEvent) error {
	p := newPage(e, "guide.title")
	title, body, ok := guidancePage(e.App, p.Locale, e.Request.PathValue("slug"))
	if !ok {
		return s.renderNotFound(e)
	}
	html, err := markdown.Render(body)
	if err != nil {
		return err
	}
	p.Title = title
	p.Data = template.HTML(html)
	return s.render(e, http.StatusOK, "guide_show", p)
}

// guidancePage finds the title and Markdown of a guidance page: the dashboard's override if
// there is one, else the file shipped with mentorbase.
func guidancePage(app core.App, locale, slug string) (title, body string, ok bool) {
	override, err := app.FindFirstRecordByFilter(kernel.CollectionPages, "slug = {:slug} && locale = {:locale}",
		dbx.Params{"slug": slug, "locale": locale})
	if err == nil {
		return override.GetString("title"), override.GetString("body"), true
	}
	page, ok := content.Get(locale, slug)
	return page.Title, page.Body, ok
}
