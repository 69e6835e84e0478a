package ui_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserJourneyUnderThePolicy: in Chromium, a visitor registers, signs in, moves about
// with htmx and signs out under the portal's Content-Security-Policy. The browser refuses
// nothing the pages need (htmx and the stylesheet load, nothing is reported blocked), and the
// policy is in force: an inline script added at the end does not run.
func TestBrowserJourneyUnderThePolicy(t *testing.T) {
	t.Parallel()
	b := startBrowser(t, newApp(t))
	visitor := b.window()
	var mu sync.Mutex
	var refused []string
	messages := chromedp.Console(visitor.ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if strings.Contains(m.Text, "Content Security Policy") {
				mu.Lock()
				refused = append(refused, m.Text)
				mu.Unlock()
			}
		}
	}()

	visitor.open("/register")
	visitor.register("Ada Lovelace", "ada@example.org", "en", "Sign in")
	visitor.expectText(".flash", "Check your inbox")
	visitor.submitSignIn("ada@example.org", "en", "My mentoring")
	visitor.waitFor("htmx and the stylesheet loaded", `typeof htmx === "object" && document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0`)
	visitor.click(`a[href="/account"]`)
	visitor.expectHeading("en", "My account")
	visitor.click(`form[action="/logout"] button`)
	visitor.expectText(".flash", "You are signed out.")

	mu.Lock()
	if len(refused) > 0 {
		t.Errorf("the browser refused:\n%s", strings.Join(refused, "\n"))
	}
	mu.Unlock()
	inlineRefused, err := chromedp.Run(visitor.ctx, chromedp.Evaluate[bool](`(() => {
		const s = document.createElement("script");
		s.textContent = "window.inlineRan = true";
		document.head.appendChild(s);
		return window.inlineRan !== true;
	})()`))
	if err != nil || !inlineRefused {
		t.Errorf("an inline script ran: the policy is not in force (%v)", err)
	}
}
