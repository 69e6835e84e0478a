package ui

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
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
