package ui

import (
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/i18n"
)

//go:embed templates
var templateFiles embed.FS

// pageTemplates maps locale, then page name (the template's base name, e.g. "home_show"), to
// the locale's template set, which holds the partials and, for each page, its layout
// ("layout/<page>", the entry to execute) and its content ("content/<page>"). Each locale has
// its own set so {{t "key"}} needs no locale argument and nothing is cloned per request; one
// set per locale rather than a clone per page, because html/template copies every partial into
// each clone (60 MB resident for 50 pages in 3 languages).
type pageTemplates map[string]map[string]*template.Template

// compiledPortal is the static files' table and the parsed templates, or why they failed.
type compiledPortal struct {
	assets    *assetTable
	templates pageTemplates
	err       error
}

// compiled loads the static files and parses the templates once per process: both depend
// only on what is embedded in the binary, and parsing them for every app cost each test app
// tens of milliseconds. A template set is safe to execute from many servers at once.
var compiled = sync.OnceValue(func() compiledPortal {
	assets, err := loadAssets()
	if err != nil {
		return compiledPortal{err: fmt.Errorf("ui static files: %w", err)}
	}
	templates, err := parseTemplates(assets)
	return compiledPortal{assets: assets, templates: templates, err: err}
})

// parseTemplates parses every page template for every locale; any error names the file.
func parseTemplates(assets *assetTable) (pageTemplates, error) {
	pages, err := fs.Glob(templateFiles, "templates/*.html")
	if err != nil {
		return nil, err
	}
	partials, err := fs.Glob(templateFiles, "templates/partials/*.html")
	if err != nil {
		return nil, err
	}
	layout, err := fs.ReadFile(templateFiles, "templates/layout.html")
	if err != nil {
		return nil, err
	}
	set := pageTemplates{}
	for _, locale := range i18n.Locales {
		set[locale] = map[string]*template.Template{}
		shared, err := template.New("partials").Funcs(templateFuncs(locale, assets)).ParseFS(templateFiles, partials...)
		if err != nil {
			return nil, fmt.Errorf("ui templates: %w", err)
		}
		for _, file := range pages {
			name := strings.TrimSuffix(path.Base(file), ".html")
			if name == "layout" {
				continue
			}
			text, err := pageText(file, name, string(layout))
			if err != nil {
				return nil, err
			}
			if _, err := shared.New(file).Parse(text); err != nil {
				return nil, fmt.Errorf("ui templates: %w", err)
			}
			set[locale][name] = shared
		}
		foldTranslations(shared, locale)
		if err := foldEscapedConstants(shared, slices.Collect(maps.Keys(set[locale]))); err != nil {
			return nil, err
		}
	}
	return set, nil
}

// pageText is a page's template renamed into its locale's set: the layout as "layout/<page>"
// calling the page's "content" block, renamed "content/<page>".
func pageText(file, name, layout string) (string, error) {
	raw, err := fs.ReadFile(templateFiles, file)
	if err != nil {
		return "", err
	}
	const content, call = `{{define "content"}}`, `{{template "content" .}}`
	if !strings.Contains(string(raw), content) {
		return "", fmt.Errorf("ui templates: %s defines no \"content\" block", file)
	}
	entry := strings.Replace(layout, `{{define "layout"}}`, `{{define "layout/`+name+`"}}`, 1)
	entry = strings.Replace(entry, call, `{{template "content/`+name+`" .}}`, 1)
	return entry + strings.Replace(string(raw), content, `{{define "content/`+name+`"}}`, 1), nil
}

// templateFuncs are the functions every template may call; t is bound to one locale.
func templateFuncs(locale string, assets *assetTable) template.FuncMap {
	return template.FuncMap{
		"t": func(key string, args ...any) string {
			return messages.Catalog.T(locale, key, args...)
		},
		"asset":       assets.url,
		"fieldError":  fieldError,
		"describedBy": describedBy,
		// lang marks words written in another language than the page's (own_words.go).
		"lang": func(textLang string) template.HTMLAttr { return langAttr(locale, textLang) },
		// tNamed is t with the programme's name as {program}, marked with its language.
		"tNamed": func(key, name, nameLang string, args ...any) template.HTML {
			return messages.Catalog.HTML(locale, key, append([]any{"program", i18n.Marked(locale, name, nameLang)}, args...)...)
		},
		// tHTML is t with arguments that are HTML already (messages.Catalog.HTML).
		"tHTML": func(key string, args ...any) template.HTML { return messages.Catalog.HTML(locale, key, args...) },
		"date":  dateText,
		"dict": func(pairs ...any) (map[string]any, error) {
			if len(pairs)%2 != 0 {
				return nil, fmt.Errorf("dict: odd number of arguments")
			}
			m := map[string]any{}
			for i := 0; i < len(pairs); i += 2 {
				m[fmt.Sprint(pairs[i])] = pairs[i+1]
			}
			return m, nil
		},
	}
}
