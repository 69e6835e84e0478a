package ui_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserDirectoryFiltersLiveAndInvites drives Chromium through the directory: the text
// search narrows the list through htmx without reloading the page and keeps the address in
// step; then the mentee opens the best mentor's profile and invites her.
func TestBrowserDirectoryFiltersLiveAndInvites(t *testing.T) {
	chromium := findChromium(t)
	w := seedMatching(t)
	server := httptest.NewServer(newHandler(t, w.app)) // 127.0.0.1, a free port
	defer server.Close()

	allocator, cancelAllocator := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true), chromedp.WindowSize(1024, 900))
	defer cancelAllocator()
	ctx, cancel := chromedp.NewContext(allocator)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, time.Minute)
	defer cancelTimeout()

	css := func(sel string) chromedp.CSS { return chromedp.CSS(sel) }
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			body, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body ? document.body.innerText : ""`))
			t.Fatalf("%s: %v\npage shows:\n%s", what, err, body)
		}
	}
	value := func(expression string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](expression))
		if err != nil {
			t.Fatalf("%s: %v", expression, err)
		}
		return v
	}
	step("sign in", chromedp.Navigate(server.URL+"/login?next=/programs/open-mentors/mentors"),
		chromedp.WaitVisible(css("#f-email")), chromedp.SendKeys(css("#f-email"), "mia@example.org"),
		chromedp.SendKeys(css("#f-password"), password), chromedp.Submit(css("#f-password")),
		chromedp.WaitVisible(css("#directory-filters")))
	step("search", chromedp.Evaluate[chromedp.Void](`window.sameDocument = true`), chromedp.SendKeys(css("#f-q"), "acme"),
		chromedp.Poll[chromedp.Void](`document.querySelectorAll(".mentor-card").length === 1`, chromedp.WithPollingTimeout(10*time.Second)))
	count := value(`document.querySelector("#directory-results .count").textContent`)
	stayed := value(`String(window.sameDocument === true)`) == "true"
	location := value(`location.search`)
	step("invite", chromedp.Click(css(".mentor-card h2 a")), chromedp.WaitVisible(css("#invite-form")),
		chromedp.SendKeys(css("#f-message"), "I would love to learn how you lead teams."),
		chromedp.Click(css("#invite-submit")), chromedp.WaitVisible(css(".flash")))
	flash := value(`document.querySelector(".flash").textContent`)
	if !strings.Contains(count, "1") || !stayed || !strings.Contains(location, "q=acme") {
		t.Errorf("live search: count %q, same page %v, address %q", count, stayed, location)
	}
	if !strings.Contains(flash, "Votre invitation est envoyée") {
		t.Errorf("after inviting: %q", flash)
	}
	if _, err := w.app.FindFirstRecordByData("matches", "mentee", mwApp("mia")); err != nil {
		t.Error("no invitation was saved")
	}
}
