package ui

import (
	"html/template"
	"strings"

	messages "github.com/mentorbase/mentorbase/catalog"
)

// Why is the folded explanation of partials/score.html: one list item per criterion, what the
// two people share, the points it gave and each side's values. It is written here rather
// than in the template because a directory page shows twenty of them, eight lines each: the
// template's dozen function calls a line cost more than the rest of the page.
func (v scoreView) Why() template.HTML {
	if len(v.Lines) == 0 {
		return ""
	}
	t := func(key string, args ...any) string {
		return template.HTMLEscapeString(messages.Catalog.T(v.locale, key, args...))
	}
	var b strings.Builder
	b.Grow(400 * len(v.Lines))
	b.WriteString(`<details class="score-why">` + "\n    <summary>")
	b.WriteString(t("score.why"))
	b.WriteString("</summary>\n    <ul>\n")
	for _, l := range v.Lines {
		b.WriteString("      <li><strong>")
		b.WriteString(template.HTMLEscapeString(l.Name))
		b.WriteString("</strong>")
		if l.Must {
			b.WriteString(" (" + t("score.must") + ")")
		}
		b.WriteString(t("a11y.label_colon"))
		b.WriteString("\n        ")
		if l.Shared != "" {
			b.WriteString(string(l.Shared))
		} else {
			b.WriteString(t("score.nothing_shared"))
		}
		b.WriteString("\n        — " + t("score.matched_of", "matched", l.Matched, "of", l.Of) + " · " + t("score.points", "points", l.Points))
		switch {
		case l.Sentence != "":
			b.WriteString("\n        <br><small class=\"score-sides\">" + string(l.Sentence) + "</small>")
		case l.Mentee != "" || l.Mentor != "":
			b.WriteString("\n        <br><small class=\"score-sides\">")
			b.WriteString(string(messages.Catalog.HTML(v.locale, "score.sides", "mentee", orDash(l.Mentee), "mentor", orDash(l.Mentor))))
			b.WriteString("</small>")
		}
		b.WriteString("</li>\n")
	}
	b.WriteString("    </ul>\n  </details>")
	return template.HTML(b.String())
}

// orDash is a side's values, or a dash for a side that brought none.
func orDash(h template.HTML) template.HTML {
	if h == "" {
		return "—"
	}
	return h
}
