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

// Escaped once at start-up, a page's constants in text, attributes, addresses and text areas render exactly as html/template's escaping on every request did ('+', quotes,
// '<' and '&' included), and become text; a constant in a script or an address's start, or a
// value, is still escaped on each request.
func TestEscapedConstantsRenderAsTheirEscapingDid(t *testing.T) {
	t.Parallel()
	const src = `{{define "layout/p"}}<title>{{"a+b <c>"}}</title><p title="{{"d&e \"f\""}}">{{"g+h 'i'"}}</p>` +
		`<a href="/?q={{"j k+l"}}">{{if .}}{{"m<n"}}{{else}}{{"o"}}{{end}}</a><textarea>{{"p</textarea>"}}</textarea>` +
		`<p title={{"q r"}}>{{range .}}{{.}}{{"s&t"}}{{end}}</p><a href="/{{"u v\"w"}}">u</a>` +
		`<a href="{{"javascript:w"}}">x</a><script>var y = {{"z"}};</script>{{end}}`
	plain := template.Must(template.New("set").Parse(src))
	folded := template.Must(template.New("set").Parse(src))
	if err := foldEscapedConstants(folded, []string{"p"}); err != nil {
		t.Fatal(err)
	}
	for _, data := range []any{nil, []string{"1 < 2", "3"}} {
		var a, b strings.Builder
		if err := plain.ExecuteTemplate(&a, "layout/p", data); err != nil {
			t.Fatal(err)
		}
		if err := folded.ExecuteTemplate(&b, "layout/p", data); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() {
			t.Errorf("folded\n%s\nwant\n%s", b.String(), a.String())
		}
	}
	tree := folded.Lookup("layout/p").Tree.Root.String()
	for _, kept := range []string{`"javascript:w" | _html_template_urlfilter`, `"z" | _html_template_jsvalescaper`, `. | _html_template_htmlescaper`} {
		if !strings.Contains(tree, kept) {
			t.Errorf("%s was folded: %s", kept, tree)
		}
	}
	if strings.Count(tree, "_html_template_") != 5 {
		t.Errorf("not every constant in a known context was folded: %s", tree)
	}
}
