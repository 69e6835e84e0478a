package markdown

import (
	"strings"
	"testing"
)

func TestRender(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		want    []string
		notWant []string
	}{
		{
			name:    "script tag is not passed through",
			src:     "Hello\n\n<script>alert(1)</script>\n",
			want:    []string{"<p>Hello</p>", "raw HTML omitted"},
			notWant: []string{"<script", "alert(1)</script>"},
		},
		{
			name:    "inline raw HTML is not passed through",
			src:     "Click <img src=x onerror=alert(1)> here",
			want:    []string{"raw HTML omitted"},
			notWant: []string{"<img", "onerror"},
		},
		{
			name:    "javascript links lose their target",
			src:     "[win](javascript:alert(1))",
			want:    []string{`<a href=""`},
			notWant: []string{"javascript:"},
		},
		{
			name: "headings get ids",
			src:  "# How it works\n\n## Before the first meeting\n",
			want: []string{`<h1 id="how-it-works">How it works</h1>`, `<h2 id="before-the-first-meeting">`},
		},
		{
			name: "heading ids keep accented letters and stay unique",
			src:  "## Préparer l’entretien\n\n## Första mötet – tips\n\n## Första mötet – tips\n",
			want: []string{`id="préparer-l-entretien"`, `id="första-mötet-tips"`, `id="första-mötet-tips-1"`},
		},
		{
			name: "lists",
			src:  "- one\n- two\n\n1. first\n2. second\n",
			want: []string{"<ul>\n<li>one</li>", "<ol>\n<li>first</li>"},
		},
		{
			name: "links get rel noopener",
			src:  "See [the guide](https://example.org/guide).",
			want: []string{`<a href="https://example.org/guide" rel="noopener">the guide</a>`},
		},
		{
			name: "bare URLs and e-mail addresses become links",
			src:  "Write to help@example.org or visit https://example.org.",
			want: []string{`<a href="mailto:help@example.org" rel="noopener">help@example.org</a>`, `<a href="https://example.org" rel="noopener">`},
		},
		{
			name: "GFM tables",
			src:  "| step | when |\n|---|---|\n| road-book | 3 days before |\n",
			want: []string{"<table>", "<th>step</th>", "<td>road-book</td>"},
		},
		{
			name: "text is escaped",
			src:  "Tom & Jerry < 3",
			want: []string{"Tom &amp; Jerry &lt; 3"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Render(tt.src)
			if err != nil {
				t.Fatalf("Render: %v", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(got), w) {
					t.Errorf("output lacks %q:\n%s", w, got)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(string(got), w) {
					t.Errorf("output contains %q:\n%s", w, got)
				}
			}
		})
	}
}
