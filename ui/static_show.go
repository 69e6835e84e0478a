package ui

import (
	"io/fs"
	"net/http"
	"path"

	"github.com/pocketbase/pocketbase/core"
)

// staticShow serves /static/{file}. A request naming the current hash may be cached forever;
// any other (old or missing hash) must be revalidated, so a stale page never pins old CSS.
func (s *server) staticShow(e *core.RequestEvent) error {
	a := s.assets
	name := path.Clean(e.Request.PathValue("file"))
	hash, ok := a.hashes[name]
	if !ok {
		return s.renderNotFound(e)
	}
	if e.Request.URL.Query().Get("v") == hash {
		e.Response.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		e.Response.Header().Set("Cache-Control", "no-cache")
	}
	sub, _ := fs.Sub(staticFiles, "static")
	http.ServeFileFS(e.Response, e.Request, sub, name)
	return nil
}
