package ui_test

import (
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var (
	cssVariable   = regexp.MustCompile(`(--[a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;`)
	cssBackground = regexp.MustCompile(`background(?:-color)?:\s*(#[0-9a-fA-F]{6}|var\(--[a-z-]+\))`)
	cssFocusRule  = regexp.MustCompile(`:focus-visible[^{]*\{([^}]*)\}`)
)

// TestFocusRingContrast computes, over the colours of app.css, what WCAG 1.4.11 asks of the
// focus indicator: 3:1 against what it touches. The ring is two-tone (a dark outline around a
// halo), so on every background the stylesheet paints, one of its two colours must reach 3:1,
// and the two must reach it between themselves.
func TestFocusRingContrast(t *testing.T) {
	css, err := os.ReadFile("static/app.css")
	if err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{}
	for _, m := range cssVariable.FindAllStringSubmatch(string(css), -1) {
		vars[m[1]] = m[2]
	}
	rule := cssFocusRule.FindStringSubmatch(string(css))
	if rule == nil || !strings.Contains(rule[1], "outline: 3px solid var(--focus)") ||
		!strings.Contains(rule[1], "box-shadow: 0 0 0 2px var(--focus-halo)") {
		t.Fatalf("the :focus-visible rule is not the two-tone ring this test measures: %v", rule)
	}
	ring, halo := vars["--focus"], vars["--focus-halo"]
	if got := contrast(ring, halo); math.IsNaN(got) || got < 3 {
		t.Errorf("focus ring %s on its halo %s: %.2f:1, want 3:1", ring, halo, got)
	}
	backgrounds := cssBackground.FindAllStringSubmatch(string(css), -1)
	if len(backgrounds) < 10 {
		t.Fatalf("found only %d backgrounds in app.css", len(backgrounds))
	}
	for _, m := range backgrounds {
		colour := m[1]
		if strings.HasPrefix(colour, "var(") {
			colour = vars[strings.TrimSuffix(strings.TrimPrefix(colour, "var("), ")")]
		}
		got := math.Max(contrast(ring, colour), contrast(halo, colour))
		if math.IsNaN(got) || got < 3 {
			t.Errorf("focus ring on background %s (%s): best %.2f:1, want 3:1", m[1], colour, got)
		}
	}
}

// TestContrastFormula pins the formula to known pairs, so the check above measures what WCAG
// means.
func TestContrastFormula(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want float64
	}{{"#000000", "#ffffff", 21}, {"#f2b705", "#ffffff", 1.82}, {"#767676", "#ffffff", 4.54}} {
		if got := contrast(c.a, c.b); math.Abs(got-c.want) > 0.01 {
			t.Errorf("contrast(%s, %s) = %.3f, want %.2f", c.a, c.b, got, c.want)
		}
	}
}

// contrast is WCAG 2's contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

// luminance is WCAG 2's relative luminance of a #rrggbb colour.
func luminance(hex string) float64 {
	var sum float64
	for i, weight := range []float64{0.2126, 0.7152, 0.0722} {
		v, err := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		if err != nil {
			return math.NaN()
		}
		c := float64(v) / 255
		if c <= 0.03928 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		sum += weight * c
	}
	return sum
}
