package ui

import (
	"html/template"
	"strings"
	"testing"

	messages "github.com/mentorbase/mentorbase/catalog"
)

// directoryFiltersTemplate is the filters' fields as templates/directory_list.html wrote them
// before directoryFilters, one directory_select per filter.
const directoryFiltersTemplate = `{{define "directory_select"}}<div class="field">
  <label for="f-{{.Name}}">{{.Label}}</label>
  <select id="f-{{.Name}}" name="{{.Name}}">
    <option value="">{{t "directory.filter.any"}}</option>
    {{range .Options}}<option value="{{.Value}}"{{if .Selected}} selected{{end}}{{lang .Lang}}>{{.Label}}</option>{{end}}
  </select>
</div>{{end}}{{range $i, $f := .}}{{if $i}}
  {{end}}{{template "directory_select" $f}}{{end}}`

// The filters written in Go are the bytes the template wrote, in each language: values and
// labels that need escaping, a selected choice, a label in another language, a filter
// without choices.
func TestDirectoryFiltersWriteWhatTheTemplateWrote(t *testing.T) {
	o := directoryOptions{
		Skills:    []directoryChoice{{Value: "tag1", Label: "Leadership"}, {Value: `a"b&c+`, Label: `<b>Ö & 'x'</b>`, Selected: true, Lang: "sv"}},
		Languages: []directoryChoice{{Value: "fr", Label: "Français", Selected: true}},
		Areas:     []directoryChoice{{Value: "Nord", Label: "Nord", Lang: "fr"}, {Value: "Skåne", Label: "Skåne"}},
		Cities:    []directoryChoice{{Value: "Lund", Label: "Lund"}},
		Modes:     []directoryChoice{{Value: "video", Label: "Video"}},
	}
	for _, locale := range []string{"en", "fr", "sv"} {
		tmpl := template.Must(template.New("filters").Funcs(template.FuncMap{
			"t":    func(key string) string { return messages.Catalog.T(locale, key) },
			"lang": func(lang string) template.HTMLAttr { return langAttr(locale, lang) },
		}).Parse(directoryFiltersTemplate))
		field := func(name string, options []directoryChoice) map[string]any {
			return map[string]any{"Name": name, "Label": messages.Catalog.T(locale, "directory.filter."+name), "Options": options}
		}
		var want strings.Builder
		err := tmpl.Execute(&want, []map[string]any{field("skill", o.Skills), field("industry", o.Industries),
			field("job_function", o.JobFunctions), field("language", o.Languages), field("area", o.Areas),
			field("city", o.Cities), field("mode", o.Modes)})
		if err != nil {
			t.Fatal(err)
		}
		if got := string(directoryFilters(o, locale)); got != want.String() {
			t.Errorf("%s: the filters differ from the template's\n got: %s\nwant: %s", locale, got, want.String())
		}
	}
}
