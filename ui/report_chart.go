package ui

import "fmt"

// A barChart is a horizontal bar chart drawn as SVG on the server, so it shows without
// JavaScript and prints; the template puts the same figures in a table for screen readers,
// and the SVG itself is hidden from them.
type barChart struct {
	ID, Title string // Title is already translated
	Bars      []chartBar
	Height    int
	// Headed charts follow a heading that says what Title says: their caption is left to
	// screen readers, which announce the figure by it.
	Headed bool
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

// ChartWidth, LabelWidth and BarHeight give the template the geometry it draws with.
func (barChart) ChartWidth() int { return chartWidth }

// LabelWidth is where the bars start.
func (barChart) LabelWidth() int { return chartLabelW }

// BarHeight is the thickness of a bar.
func (barChart) BarHeight() int { return chartBarHeight }

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
	return c
}

// TextY is the baseline of a bar's label and value, centred on the bar.
func (b chartBar) TextY() int { return b.Y + chartBarHeight - 4 }

// ValueX is where a bar's value is written, just after the bar.
func (b chartBar) ValueX() int { return chartLabelW + b.Width + 6 }
