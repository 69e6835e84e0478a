// Package i18n embeds the portal's translations, ui/i18n/{en,fr,sv}.json, so the portal and the
// mail hooks (which render e-mails in the recipient's language) share one catalog.
package i18n

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
		panic("ui/i18n: " + err.Error())
	}
	return c
}
