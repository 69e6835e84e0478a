package ui_test

import (
	"net/http"
	"strings"
	"testing"
)

func TestStaticFilesAreCachedByContentHash(t *testing.T) {
	t.Parallel()
	app := newApp(t)
	handler := newHandler(t, app)
	home := do(handler, http.MethodGet, "/", nil, nil).Body.String()
	start := strings.Index(home, "/static/app.css?v=")
	if start < 0 {
		t.Fatal("the layout does not link the stylesheet by its hash")
	}
	url := home[start : start+len("/static/app.css?v=")+12]
	res := do(handler, http.MethodGet, url, nil, nil)
	if res.Code != 200 || res.Header().Get("Cache-Control") != "public, max-age=31536000, immutable" {
		t.Errorf("%s: %d, Cache-Control %q", url, res.Code, res.Header().Get("Cache-Control"))
	}
	stale := do(handler, http.MethodGet, "/static/app.css?v=old", nil, nil)
	if stale.Header().Get("Cache-Control") != "no-cache" {
		t.Errorf("a stale hash must not be cached for a year: %q", stale.Header().Get("Cache-Control"))
	}
}
