package ui

import (
	"html/template"
	"strings"
	"testing"
)

// The rows written in Go escape a value exactly as the templates did, in text and in a quoted
// attribute, so the pages stay byte for byte the same.
func TestHTMLTextEscapesAsTheTemplates(t *testing.T) {
	tmpl := template.Must(template.New("").Parse(`<td title="{{.}}">{{.}}</td>`))
	for _, s := range []string{"", "Ana Lind", `O'Brien & "Sons" <b>`, "C++ 1+1", "nul\x00byte", "Åsa Øberg – été"} {
		var want strings.Builder
		if err := tmpl.Execute(&want, s); err != nil {
			t.Fatal(err)
		}
		if got := `<td title="` + htmlText(s) + `">` + htmlText(s) + `</td>`; got != want.String() {
			t.Errorf("%q: wrote %s, the template %s", s, got, want.String())
		}
	}
}
