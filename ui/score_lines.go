package ui

import (
	"html/template"
	"strconv"
	"strings"
)

// HTML is partials/score.html's content: the 0–100 badge (or why the pair is not possible),
// the criteria that cost points and, folded, one list item per criterion with what the two
// people share, the points it gave and each side's values. It is written here rather than in
// the template because a directory page shows twenty of them, six to eight lines each: the
// template's dozen function calls a line cost more than the rest of the page.
func (v scoreView) HTML() template.HTML {
	var b strings.Builder
	b.Grow(300 + 400*len(v.Lines))
	v.write(&b)
	return template.HTML(b.String())
}

// write writes HTML's content to b: a directory page writes its twenty scores into its
// cards' text (directoryCards) rather than copy each from a string of its own, and each
// piece apart rather than join them in a string first. Its lines are not indented: a
// browser shows the same, and twenty scores' indentation was a tenth of a directory page.
func (v scoreView) write(b *strings.Builder) {
	w := scoreWordsIn(v.locale)
	b.WriteString(`<div class="score">` + "\n")
	if v.Forbidden {
		b.WriteString(`<p><span class="badge score-badge score-forbidden">`)
		if v.Overridden {
			b.WriteString(w.overridden)
		} else {
			b.WriteString(w.forbidden)
		}
		b.WriteString("</span> ")
		b.WriteString(w.failedMust)
		b.WriteString(" ")
		for i, name := range v.FailedMust {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(htmlText(name))
		}
		b.WriteString("</p>")
	} else {
		score := strconv.Itoa(v.Score)
		b.WriteString(`<p><span class="badge score-badge"><span aria-hidden="true">`)
		b.WriteString(score)
		b.WriteString(`/100</span><span class="visually-hidden">`)
		w.label.write(b, score)
		b.WriteString("</span></span></p>")
	}
	if v.Missed != "" {
		b.WriteString("\n<p class=\"score-missed\">")
		w.missed.write(b, htmlText(v.Missed))
		b.WriteString("</p>")
	}
	b.WriteString("\n")
	v.writeWhy(b, w)
	b.WriteString("\n</div>")
}

// writeWhy writes the folded explanation, one list item per criterion; nothing without any.
func (v scoreView) writeWhy(b *strings.Builder, w *scoreWords) {
	if len(v.Lines) == 0 {
		return
	}
	b.WriteString(`<details class="score-why">` + "\n<summary>")
	b.WriteString(w.why)
	b.WriteString("</summary>\n<ul>\n")
	for _, l := range v.Lines {
		b.WriteString("<li><strong>")
		b.WriteString(htmlText(l.Name))
		b.WriteString("</strong>")
		if l.Must {
			b.WriteString(" (")
			b.WriteString(w.must)
			b.WriteString(")")
		}
		b.WriteString(w.colon)
		b.WriteString("\n")
		if l.Shared != "" {
			b.WriteString(string(l.Shared))
		} else {
			b.WriteString(w.nothingShared)
		}
		b.WriteString("\n— ")
		w.matchedOf.write(b, strconv.Itoa(l.Matched), strconv.Itoa(l.Of))
		b.WriteString(" · ")
		w.points.write(b, strconv.Itoa(l.Points))
		switch {
		case l.Sentence != "":
			b.WriteString("\n<br><small class=\"score-sides\">")
			b.WriteString(string(l.Sentence))
			b.WriteString("</small>")
		case l.Mentee != "" || l.Mentor != "":
			b.WriteString("\n<br><small class=\"score-sides\">")
			w.sides.write(b, string(orDash(l.Mentee)), string(orDash(l.Mentor)))
			b.WriteString("</small>")
		}
		b.WriteString("</li>\n")
	}
	b.WriteString("</ul>\n</details>")
}

// orDash is a side's values, or a dash for a side that brought none.
func orDash(h template.HTML) template.HTML {
	if h == "" {
		return "—"
	}
	return h
}
