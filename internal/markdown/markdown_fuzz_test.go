package markdown

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// FuzzRender checks that no Markdown source, however odd, yields a script element, an event
// handler attribute or a link to script: whatever raw HTML it holds is escaped or omitted.
func FuzzRender(f *testing.F) {
	for _, seed := range []string{
		"# Guide\n\nMeet **monthly**; see [the charter](https://example.org/charter).\n",
		"<script>alert(1)</script>", "x <img src=x onerror=alert(1)> y", "<SCRIPT >alert(1)</SCRIPT >",
		"[a](javascript:alert(1))", "[a](JaVaScRiPt:alert(1))", "[a](  javascript:alert(1))",
		"![i](javascript:alert(1))", "<javascript:alert(1)>", "[a](vbscript:msgbox)", "[a](data:text/html,<script>)",
		"<a href=\"x\" onclick=\"y\">z</a>", "```\n<script>\n```", "`<script>`", "<!-- <script> -->",
		"| a | b |\n|---|---|\n| <b onmouseover=x> | c |\n", "- [ ] task <svg onload=alert(1)>",
		"&lt;script&gt;", "<style>body{}</style>", "[x][1]\n\n[1]: javascript:alert(1)",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out, err := Render(src)
		if err != nil {
			t.Fatalf("render %q: %v", src, err)
		}
		z := html.NewTokenizer(strings.NewReader(string(out)))
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				return
			}
			if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			tok := z.Token()
			switch tok.Data {
			case "script", "style", "iframe", "object", "embed", "svg", "math", "form", "base", "meta", "link":
				t.Fatalf("render %q: <%s> in %s", src, tok.Data, out)
			}
			for _, a := range tok.Attr {
				value := strings.ToLower(strings.TrimSpace(a.Val))
				if strings.HasPrefix(a.Key, "on") || a.Key == "style" || a.Key == "srcdoc" ||
					(a.Key == "href" || a.Key == "src") && scriptURL(value) {
					t.Fatalf("render %q: attribute %s=%q in %s", src, a.Key, a.Val, out)
				}
			}
		}
	})
}

// scriptURL reports whether a link target would run code or carry a page of its own.
func scriptURL(u string) bool {
	u = strings.Map(func(r rune) rune {
		if r < ' ' {
			return -1 // browsers ignore tabs and line breaks inside a scheme
		}
		return r
	}, u)
	for _, scheme := range []string{"javascript:", "vbscript:", "data:text/html", "data:image/svg"} {
		if strings.HasPrefix(u, scheme) {
			return true
		}
	}
	return false
}
