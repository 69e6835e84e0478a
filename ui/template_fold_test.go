package ui

import (
	"html/template"
	"strings"
	"testing"

	"github.com/mentorbase/mentorbase/internal/i18n"
)

// A folded {{t "key"}} renders exactly as the call did, escaped for its context (text,
// attribute, address, script), and a t that receives a piped value or arguments is still
// called.
func TestFoldedTranslationsRenderAsTheCallsDid(t *testing.T) {
	t.Parallel()
	const src = `<a title="{{t "nav.guide"}}" href="/x?q={{t "nav.register"}}">{{t "nav.guide"}}</a>` +
		`{{with (t "nav.account")}}<b>{{.}}</b>{{end}}{{if true}}{{t "no.such.key"}}{{end}}` +
		`{{"z" | t "nav.login"}}{{t "nav.logout" "n" 1}}<script>var s = {{t "nav.register"}};</script>`
	for _, locale := range i18n.Locales {
		plain := template.Must(template.New("p").Funcs(templateFuncs(locale, nil)).Parse(src))
		folded := template.Must(template.New("p").Funcs(templateFuncs(locale, nil)).Parse(src))
		foldTranslations(folded, locale)
		tree := folded.Tree.Root.String()
		for _, want := range []string{`t "nav.login"`, `t "nav.logout" "n" 1`} {
			if !strings.Contains(tree, want) {
				t.Errorf("%s: %s was folded: %s", locale, want, tree)
			}
		}
		if strings.Contains(tree, `t "nav.guide"`) || strings.Contains(tree, `t "nav.account"`) {
			t.Errorf("%s: a call without arguments was not folded: %s", locale, tree)
		}
		var a, b strings.Builder
		if err := plain.Execute(&a, nil); err != nil {
			t.Fatal(err)
		}
		if err := folded.Execute(&b, nil); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() {
			t.Errorf("%s: folded\n%s\nwant\n%s", locale, b.String(), a.String())
		}
	}
}
