package ui

import (
	"bytes"
	"net/http"
	"sync"

	"github.com/pocketbase/pocketbase/core"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/i18n"
)

// page is what every template receives: the request's context (locale, user, CSRF token,
// flash message) plus the form state and the handler's own data.
type page struct {
	Locale  string
	Locales []string
	User    *core.Record
	// Coordinator shows the "Coordinate" link: the signed-in person runs at least one programme.
	Coordinator bool
	CSRF        string
	Path        string // the current path and query, where the language switcher returns to
	Flash       string // a translated notice from the previous request (post/redirect/get)
	Title       string // already translated
	Form        map[string]string
	Errors      map[string]string // field name → translated message; "" is the form as a whole
	// Summary lists the field errors in the page's order, for the error summary at its top.
	Summary []summaryItem
	Data    any
}

// newPage fills the request context of a page; handlers then set Title, Form, Errors, Data.
func newPage(e *core.RequestEvent, titleKey string) *page {
	p := &page{
		Locale:  requestLocale(e),
		Locales: i18n.Locales,
		User:    e.Auth,
		CSRF:    csrfToken(e),
		Path:    e.Request.URL.RequestURI(),
		Flash:   takeFlash(e),
		Form:    map[string]string{},
		Errors:  map[string]string{},
	}
	p.Title = messages.Catalog.T(p.Locale, titleKey)
	return p
}

// translate returns key in the request's language.
func translate(e *core.RequestEvent, key string, args ...any) string {
	return messages.Catalog.T(requestLocale(e), key, args...)
}

// render executes the named page template in the request's language. The page is rendered to
// a buffer first so a template error becomes a 500 instead of half a page.
func (s *server) render(e *core.RequestEvent, status int, name string, p *page) error {
	tmpl, ok := s.templates[p.Locale][name]
	if !ok {
		return e.InternalServerError("unknown page template "+name, nil)
	}
	// Asked here rather than in newPage: a handler that builds a page and then redirects
	// does not pay for the navigation's query.
	p.Coordinator = coordinatesAny(e)
	ticket, cacheable := e.Get(publicCacheTicket).(cacheTicket)
	if cacheable {
		p.CSRF = csrfPlaceholder
	}
	buf := pageBuffers.Get().(*bytes.Buffer)
	buf.Reset()
	if err := tmpl.ExecuteTemplate(buf, "layout/"+name, p); err != nil {
		return e.InternalServerError("rendering "+name, err)
	}
	// A page with field errors is rendered twice: the summary at its top lists them in the
	// order and with the labels that only the rendered page knows.
	if len(p.Errors) > 0 {
		p.Summary = errorSummary(buf.String())
	}
	if len(p.Summary) > 0 {
		buf.Reset()
		if err := tmpl.ExecuteTemplate(buf, "layout/"+name, p); err != nil {
			return e.InternalServerError("rendering "+name, err)
		}
	}
	if cacheable && status == http.StatusOK && len(p.Summary) == 0 {
		// The public cache keeps the page's bytes: this buffer is not reused.
		return writePage(e, status, s.public.keep(ticket, buf.Bytes(), csrfToken(e)))
	}
	defer reusePageBuffer(buf)
	if cacheable {
		return writePage(e, status, bytes.ReplaceAll(buf.Bytes(), []byte(csrfPlaceholder), []byte(csrfToken(e))))
	}
	return writePage(e, status, buf.Bytes())
}

// pageBuffers are the buffers pages are rendered into, kept between requests: a page grown
// from an empty buffer copied itself four or five times (a fifth of a page's allocations).
var pageBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledPage bounds the buffers kept for the next page, so one large page (an export, a
// long list) does not hold its memory for good.
const maxPooledPage = 256 << 10

// reusePageBuffer gives buf back to pageBuffers once its page is written.
func reusePageBuffer(buf *bytes.Buffer) {
	if buf.Cap() <= maxPooledPage {
		pageBuffers.Put(buf)
	}
}

// writePage sends a rendered page. It is never stored by browsers or proxies: it holds the
// visitor's CSRF token, and signed-in pages their private data.
func writePage(e *core.RequestEvent, status int, html []byte) error {
	e.Response.Header().Set("Content-Type", "text/html; charset=utf-8")
	e.Response.Header().Set("Cache-Control", "no-store")
	e.Response.Header().Set("Vary", "Cookie, Accept-Language")
	keepAddress(e)
	e.Response.WriteHeader(status)
	_, err := e.Response.Write(html)
	return err
}

// keepAddress tells htmx not to put a form's action into the address bar when the form comes
// back with its errors: a boosted form pushes the address it posted to, and reloading an
// action path such as /matches/{id}/roadbook would be "Page not found". The address stays
// the page the form was on, which shows the form again on reload.
func keepAddress(e *core.RequestEvent) {
	if e.Request.Method != http.MethodGet && e.Request.Header.Get("HX-Request") == "true" {
		e.Response.Header().Set("HX-Push-Url", "false")
	}
}

// redirect answers a successful POST with 303 See Other, so a reload does not resubmit it.
func redirect(e *core.RequestEvent, to string) error {
	return e.Redirect(http.StatusSeeOther, to)
}

// renderNotFound renders the translated 404 page.
func (s *server) renderNotFound(e *core.RequestEvent) error {
	p := newPage(e, "error.not_found.title")
	p.Data = "error.not_found.body"
	return s.render(e, http.StatusNotFound, "error_show", p)
}

// renderForbidden renders the translated 403 page.
func (s *server) renderForbidden(e *core.RequestEvent, reasonKey string) error {
	p := newPage(e, "error.forbidden.title")
	p.Data = reasonKey
	return s.render(e, http.StatusForbidden, "error_show", p)
}
