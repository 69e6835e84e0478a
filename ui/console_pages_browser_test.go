package ui_test

import (
	"context"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestBrowserConsolePagesWithoutJavaScript has the coordinator of 60 mentees order the console
// by name and open its second page with JavaScript turned off: the filters are a plain form,
// the pages plain links, and the order stays in the address.
func TestBrowserConsolePagesWithoutJavaScript(t *testing.T) {
	t.Parallel()
	app := consolePagesWorld(t)
	names := approvedMenteeNames()
	c := startBrowser(t, app).window()
	c.signIn("coord@example.org", "/coordinate/many/matching", "en", "Matching: Many mentees")
	c.do("turn JavaScript off", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}))
	c.open("/coordinate/many/matching")
	c.waitFor("the console without htmx", `typeof htmx === "undefined" && document.querySelector("#f-order") !== null`)
	c.choose("#f-order", "name")
	c.click("#console-filter")
	c.waitFor("the mentees by name", `location.search.includes("order=name") && document.querySelector("#f-order").value === "name"`)
	c.expectText("#console-position", "Mentees 1–30 of 60")
	c.click(".pager-next")
	c.waitFor("page 2 by name", `location.search.includes("order=name") && location.search.includes("page=2")`)
	c.expectText("#console-position", "Mentees 31–60 of 60")
	c.expectText("main", names[30])
	c.expectText("main", names[59])
	c.expectText("#count-matched", "40")
}
