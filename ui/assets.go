package ui

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"

	"github.com/pocketbase/pocketbase/core"
)

//go:embed static
var staticFiles embed.FS

// assetTable knows the content hash of every static file, so pages can link to
// /static/app.css?v=HASH and browsers may cache each version for a year.
type assetTable struct {
	hashes map[string]string
}

func loadAssets() (*assetTable, error) {
	table := &assetTable{hashes: map[string]string{}}
	err := fs.WalkDir(staticFiles, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := staticFiles.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		table.hashes[p[len("static/"):]] = hex.EncodeToString(sum[:])[:12]
		return nil
	})
	return table, err
}

// url returns the cache-safe URL of a static file; an unknown name is a template error so a
// typo fails the start-up instead of a page.
func (a *assetTable) url(name string) (string, error) {
	hash, ok := a.hashes[name]
	if !ok {
		return "", fs.ErrNotExist
	}
	return "/static/" + name + "?v=" + hash, nil
}

// serveStatic serves /static/{file}. A request naming the current hash may be cached forever;
// any other (old or missing hash) must be revalidated, so a stale page never pins old CSS.
func (s *server) serveStatic(e *core.RequestEvent) error {
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
