package ui

import (
	"bytes"
	"net/http"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// publicCacheTTL bounds how long a cached render stays in use. Edits forget the renders at
// once (bindPublicCache); what changes with the clock alone (a programme's phase when
// applications open or close, an event dropping off once it starts) shows at most this late.
const publicCacheTTL = 30 * time.Second

// csrfPlaceholder stands for the visitor's CSRF token in a cached render. It has the length
// and alphabet of a real token, which html/template writes unescaped in every context, so
// putting the visitor's own token in its place gives exactly the page rendered for them.
const csrfPlaceholder = "mentorbaseCSRFplaceholder0000000000000000000"

// publicCacheTicket is in the request store while a cacheable page renders: the key to store
// it under, and the cache's generation when the handler started reading.
const publicCacheTicket = "mentorbase.publicCache"

// publicCache keeps the renders of the pages every visitor sees alike (home, a programme,
// the guide), per language and path: at 64 connections these pages were read from the
// database and rendered thousands of times a second to the same bytes (README "Performance").
type publicCache struct {
	mu         sync.RWMutex
	pages      map[string]cachedRender
	generation uint64 // raised by every edit that may change a cached page
}

// cachedRender is one page split where the CSRF token goes.
type cachedRender struct {
	parts   [][]byte
	expires time.Time
}

type cacheTicket struct {
	key        string
	generation uint64
}

// bindPublicCache forgets every cached render when a programme, an event or a guidance page
// is created, changed or deleted, from the portal, the REST API or the dashboard.
func bindPublicCache(app core.App, c *publicCache) {
	onRecordChange(app, func(core.App) { c.forget() }, kernel.CollectionPrograms, kernel.CollectionEvents, kernel.CollectionPages)
}

func (c *publicCache) forget() {
	c.mu.Lock()
	c.pages, c.generation = nil, c.generation+1
	c.mu.Unlock()
}

// cachedPublic serves next's page from the cache to a visitor who is not signed in, and has
// render keep it when it was not there. Signed-in people, addresses with a query and a page
// carrying a flash message are rendered for themselves.
func (s *server) cachedPublic(next func(*core.RequestEvent) error) func(*core.RequestEvent) error {
	return func(e *core.RequestEvent) error {
		if e.Auth != nil || e.Request.URL.RawQuery != "" || hasFlash(e) {
			return next(e)
		}
		key := requestLocale(e) + " " + e.Request.URL.Path
		s.public.mu.RLock()
		hit, ok := s.public.pages[key]
		generation := s.public.generation
		s.public.mu.RUnlock()
		if ok && time.Now().Before(hit.expires) {
			return writePage(e, http.StatusOK, bytes.Join(hit.parts, []byte(csrfToken(e))))
		}
		e.Set(publicCacheTicket, cacheTicket{key, generation})
		return next(e)
	}
}

// keep stores a page rendered with csrfPlaceholder as its token, unless an edit forgot the
// cache while the page was being read; it returns the page with the visitor's own token.
func (c *publicCache) keep(ticket cacheTicket, rendered []byte, token string) []byte {
	parts := bytes.Split(rendered, []byte(csrfPlaceholder))
	c.mu.Lock()
	if c.generation == ticket.generation {
		if c.pages == nil {
			c.pages = map[string]cachedRender{}
		}
		c.pages[ticket.key] = cachedRender{parts, time.Now().Add(publicCacheTTL)}
	}
	c.mu.Unlock()
	return bytes.Join(parts, []byte(token))
}

// hasFlash reports whether the request carries a flash message to show (flash.go).
func hasFlash(e *core.RequestEvent) bool {
	c, err := e.Request.Cookie(flashCookie)
	return err == nil && c.Value != ""
}
