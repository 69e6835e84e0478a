package ui_test

import (
	"encoding/base64"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserJourneyExportAndErase: in Chromium, sven downloads his data from his account
// page (a record of every kind and his files in the ZIP), then erases his account with his
// password. His partner's match page and the coordinator's pairs then show "former
// participant" and nothing of him, and the outbox holds neither his address nor his name.
func TestBrowserJourneyExportAndErase(t *testing.T) {
	t.Parallel()
	app := seedPrivacy(t)
	b := startBrowser(t, app)
	sven := b.window()
	sven.signIn("sven@example.org", "/account", "en", "My account")
	// The download as the page's own form sends it (session cookie and CSRF token), read back
	// by the page's script, since a headless browser's download lands out of the test's reach.
	zipped, err := chromedp.Run(sven.ctx, chromedp.Evaluate[string](`(async () => {
		const form = document.querySelector('form[action="/account/export"]');
		const res = await fetch(form.action, {method: "POST", body: new URLSearchParams(new FormData(form))});
		const bytes = new Uint8Array(await res.arrayBuffer());
		let s = ""; for (const b of bytes) s += String.fromCharCode(b);
		return btoa(s);
	})()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	data, err := base64.StdEncoding.DecodeString(zipped)
	if err != nil {
		t.Fatal(err)
	}
	readExport(t, data).expectEveryKind(t)

	sven.click("#erase-link")
	sven.expectHeading("en", "Erase my account")
	sven.typeInto("#f-password", password)
	sven.click("#erase-account")
	sven.expectText(".flash", "Your account has been erased.")
	sven.expectPath("/")

	marie := b.window()
	marie.signIn("marie@example.org", "/matches/"+wid("matcha"), "en", "Marie Person & former participant")
	marie.expectText("main", "former participant")
	marie.expectAbsent("main", "Sven Person")
	marie.checkReflow("/account", "/account/erase")
	coord := b.window()
	coord.signIn("coord@example.org", "/coordinate/alumni/pairs?status=closed", "en", "Pairs of Alumni mentoring")
	coord.expectText("main", "Marie Person – former participant")
	coord.expectAbsent("main", "Sven Person")
	expectNoTraceInOutbox(t, app)
	// The privacy page and the coordinator's view of the former participant reflow at 320 px
	// in the three languages and pass axe-core (a11y_browser_test.go).
	coord.checkReflow("/guide/privacy", "/coordinate/alumni/pairs?status=closed")
}
