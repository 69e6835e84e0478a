package ui_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestJourneyReport: the Swedish coordinator finds the report from the programmes she
// coordinates, sees the charts, and prints it: the printed page leaves out the menus and the
// export links but keeps the charts, and Chromium makes a PDF of it.
func TestJourneyReport(t *testing.T) {
	t.Parallel()
	app := seedFollowedPairs(t)
	b := startBrowser(t, app)
	coord := b.window()
	coord.signIn("coord@example.org", "/coordinate", "sv", "Program jag koordinerar")
	coord.click("#coordinate-report-alumni")
	coord.expectHeading("sv", "Rapport: Alumni mentoring")
	coord.expectText("#report-figures", "Adepter som ansökte")
	coord.waitFor("the funnel drawn", `document.querySelectorAll("#chart-funnel svg rect").length === 7`)
	if !coord.eval(`document.documentElement.scrollWidth <= window.innerWidth`) {
		wide, _ := chromedp.Run(coord.ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll("body *")).
			filter(el => el.getBoundingClientRect().right > window.innerWidth).slice(0, 5).map(el => el.tagName + "#" + el.id + "." + el.className).join(", ")`))
		t.Errorf("the report is wider than the phone's screen: %s", wide)
	}
	coord.do("emulate print", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	}))
	coord.waitFor("a printed page without menus nor export links", `getComputedStyle(document.querySelector(".site-header")).display === "none"
		&& getComputedStyle(document.querySelector("#report-exports")).display === "none"
		&& getComputedStyle(document.querySelector("#chart-funnel svg")).display !== "none"`)
	pdf, err := chromedp.Run(coord.ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4)))
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Fatalf("printing the report: %v (%d bytes)", err, len(pdf))
	}
}
