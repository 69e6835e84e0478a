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

// writeAll writes parts into b one after the other: the tables written in Go (pairsTable,
// reviewTable) write their rows piece by piece, where joining the pieces first made strings
// of their own, a third of a list's allocations.
func writeAll(b *strings.Builder, parts ...string) {
	for _, p := range parts {
		b.WriteString(p)
	}
}
