package ui

import "strings"

// htmlText is s escaped as html/template escapes a value in text or in a quoted attribute,
// for the rows a list writes in Go: the same bytes as the template wrote, '+' included.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "\x00\"&'+<>") {
		return s
	}
	return htmlTextReplacer.Replace(s)
}

// htmlTextReplacer is html/template's htmlReplacementTable.
var htmlTextReplacer = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;")
