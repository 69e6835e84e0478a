package ui

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"
)

// A barChart is a horizontal bar chart drawn as SVG on the server, so it shows without
// JavaScript and prints; the same figures go in a table for screen readers, and the SVG
// itself is hidden from them.
type barChart struct {
	ID, Title string // Title is already translated
	Bars      []chartBar
	Height    int
	// Headed charts follow a heading that says what Title says: their caption is left to
	// screen readers, which announce the figure by it.
	Headed bool
	// SVG and Rows are the chart's bars and its table's rows, written in Go once (drawBars):
	// drawn by the template, five calls and a dozen escaped values a bar made rendering them
	// half of the report's time.
	SVG, Rows template.HTML
}

// chartBar is one labelled bar: Y and Width are its place in the SVG's coordinates, Note what
// follows the value (a share, or nothing).
type chartBar struct {
	Label, Note string
	Value       int
	Y, Width    int
}

// The geometry of a chart, in SVG units: labels on the left, bars to the right, the value
// after each bar. The SVG scales to the page's width (viewBox).
const (
	chartWidth     = 640
	chartLabelW    = 260
	chartBarMax    = 300
	chartRowHeight = 28
	chartBarHeight = 18
)

// newBarChart lays out bars with labels and values, the longest bar for the largest value.
// With of set, each value is also given as a share of of (the funnel's applicants).
func newBarChart(id, title string, labels []string, values []int, of int) barChart {
	c := barChart{ID: id, Title: title, Height: chartRowHeight*len(values) + 4}
	top := 0
	for _, v := range values {
		top = max(top, v)
	}
	for i, v := range values {
		b := chartBar{Label: labels[i], Value: v, Y: i*chartRowHeight + 2}
		if top > 0 {
			b.Width = v * chartBarMax / top
		}
		if of > 0 {
			b.Note = fmt.Sprintf("%d %%", v*100/of)
		}
		c.Bars = append(c.Bars, b)
	}
	c.SVG, c.Rows = drawBars(c.Height, c.Bars)
	return c
}

// drawBars writes the SVG of bars, height units tall, and the rows of the table that says
// them, every label and note escaped.
func drawBars(height int, bars []chartBar) (svg, rows template.HTML) {
	var s, r strings.Builder
	n := strconv.Itoa
	s.WriteString(`<svg viewBox="0 0 ` + n(chartWidth) + " " + n(height) +
		`" width="100%" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">` + "\n    ")
	for _, b := range bars {
		label, value := template.HTMLEscapeString(b.Label), n(b.Value)
		if b.Note != "" {
			value += " (" + template.HTMLEscapeString(b.Note) + ")"
		}
		textY := n(b.Y + chartBarHeight - 4)
		s.WriteString(`<text x="0" y="` + textY + `" class="chart-label">` + label + "</text>\n    " +
			`<rect x="` + n(chartLabelW) + `" y="` + n(b.Y) + `" width="` + n(b.Width) + `" height="` + n(chartBarHeight) +
			`" class="chart-bar"></rect>` + "\n    " +
			`<text x="` + n(chartLabelW+b.Width+6) + `" y="` + textY + `" class="chart-value">` + value + "</text>\n    ")
		r.WriteString(`<tr><th scope="row">` + label + "</th><td>" + value + "</td></tr>")
	}
	s.WriteString("\n  </svg>")
	return template.HTML(s.String()), template.HTML(r.String())
}
