package i18n

import (
	"fmt"
	"html/template"
	"testing"
	"testing/fstest"
	"time"
)

func TestNegotiate(t *testing.T) {
	cases := []struct{ header, want string }{
		{"", ""},
		{"fr", "fr"},
		{"fr-CH, fr;q=0.9, en;q=0.8", "fr"},
		{"de, sv-SE;q=0.5, en;q=0.4", "sv"},
		{"en;q=0.2, sv;q=0.9", "sv"},
		{"de, es", ""},
		{"fr;q=0, en", "en"},
		{"SV", "sv"},
		{"fr;q=abc, sv", "sv"},
	}
	for _, c := range cases {
		if got := Negotiate(c.header); got != c.want {
			t.Errorf("Negotiate(%q) = %q, want %q", c.header, got, c.want)
		}
	}
}

func TestCatalogT(t *testing.T) {
	c, err := Load(fstest.MapFS{
		"en.json": {Data: []byte(`{"hello":"Hello {name}","only_en":"English","two":"{n} of {total} {unknown}: {n}"}`)},
		"fr.json": {Data: []byte(`{"hello":"Bonjour {name}"}`)},
		"sv.json": {Data: []byte(`{"hello":"Hej {name}"}`)},
	})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		locale, key string
		args        []any
		want        string
	}{
		{"fr", "hello", []any{"name", "Ana"}, "Bonjour Ana"},
		{"sv", "hello", []any{"name", "Ana"}, "Hej Ana"},
		{"sv", "only_en", nil, "English"},
		{"de", "hello", []any{"name", "Ana"}, "Hello Ana"},
		{"en", "missing", nil, "missing"},
		{"en", "two", []any{"total", 40, "n", 3}, "3 of 40 {unknown}: 3"},
		{"en", "hello", []any{"name", "{name} {n}", "n", 1}, "Hello {name} {n}"},
	}
	for _, c2 := range cases {
		if got := c.T(c2.locale, c2.key, c2.args...); got != c2.want {
			t.Errorf("T(%q, %q) = %q, want %q", c2.locale, c2.key, got, c2.want)
		}
	}
}

func TestLoadRejectsMissingOrBrokenCatalog(t *testing.T) {
	if _, err := Load(fstest.MapFS{"en.json": {Data: []byte(`{}`)}}); err == nil {
		t.Error("missing fr.json and sv.json: want an error")
	}
	broken := fstest.MapFS{
		"en.json": {Data: []byte(`{}`)},
		"fr.json": {Data: []byte(`{`)},
		"sv.json": {Data: []byte(`{}`)},
	}
	if _, err := Load(broken); err == nil {
		t.Error("malformed fr.json: want an error")
	}
}

func TestPlaceholders(t *testing.T) {
	got := Placeholders("{b} and {a} and {b}")
	if len(got) != 2 || got[0] != "{a}" || got[1] != "{b}" {
		t.Errorf("Placeholders = %v", got)
	}
}

func TestLoadMergesAreaFilesAndRefusesDuplicates(t *testing.T) {
	files := fstest.MapFS{
		"en.json":       {Data: []byte(`{"a": "A"}`)},
		"fr.json":       {Data: []byte(`{"a": "A fr"}`)},
		"sv.json":       {Data: []byte(`{"a": "A sv"}`)},
		"apply.fr.json": {Data: []byte(`{"apply.title": "Postuler"}`)},
	}
	c, err := Load(files)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.T("fr", "apply.title"); got != "Postuler" {
		t.Errorf("area file not merged: got %q", got)
	}
	if c.Has("sv", "apply.title") {
		t.Error("a French area file must not fill Swedish")
	}
	files["match.fr.json"] = &fstest.MapFile{Data: []byte(`{"a": "again"}`)}
	if _, err := Load(files); err == nil {
		t.Error("key defined in two files: want an error")
	}
}

// A placeholder's value reads as fmt.Sprint writes it, whatever its type.
func TestCatalogTFillsEveryTypeAsSprint(t *testing.T) {
	c, err := Load(fstest.MapFS{
		"en.json": {Data: []byte(`{"v":"[{v}]"}`)}, "fr.json": {Data: []byte(`{}`)}, "sv.json": {Data: []byte(`{}`)},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []any{"Åsa", "", 0, -12, 2026, int64(7), 2.5, template.HTML("<b>x</b>"), true, nil, time.Duration(90) * time.Second} {
		if got, want := c.T("en", "v", "v", v), "["+fmt.Sprint(v)+"]"; got != want {
			t.Errorf("%T %v: %q, want %q", v, v, got, want)
		}
	}
}
