// Package catalog embeds every translation, catalog/<area>.<lang>.json, below every layer, so
// the portal, the domain packages and the letters (written in the recipient's language) share it.
package catalog

import (
	"embed"

	"github.com/mentorbase/mentorbase/internal/i18n"
)

//go:embed *.json
var files embed.FS

// Catalog is every portal and e-mail string in every language. It is loaded when the program
// starts: a malformed file stops the program (and every test) at once.
var Catalog = mustLoad()

func mustLoad() *i18n.Catalog {
	c, err := i18n.Load(files)
	if err != nil {
		panic("catalog: " + err.Error())
	}
	return c
}
