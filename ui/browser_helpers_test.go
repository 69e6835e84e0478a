package ui_test

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/css"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/pocketbase/pocketbase/core"
)

// portalBrowser serves a journey through a test server of app, in the test binary's one
// Chromium. Each person of the journey gets a window of their own (a separate browser
// context, so separate cookies), which lets two people stay signed in side by side.
type portalBrowser struct {
	t    *testing.T
	ctx  context.Context
	base string
}

// startBrowser serves app on 127.0.0.1, stopped when the test ends, and returns the shared
// Chromium (phone-sized) to open windows on it. It skips (or fails, under
// MENTORBASE_REQUIRE_TOOLS=1) without Chromium.
func startBrowser(t *testing.T, app core.App) *portalBrowser {
	t.Helper()
	ctx := sharedChromium(t)
	server := httptest.NewServer(servingAxe(newHandler(t, app)))
	t.Cleanup(server.Close)
	app.Settings().Meta.AppURL = server.URL
	return &portalBrowser{t: t, ctx: ctx, base: server.URL}
}

// window opens a fresh window with no cookies, for one person. Each page it loads counts the
// htmx requests due and in flight (watchHtmx), so that a step waits for the page to be idle.
func (b *portalBrowser) window() journey {
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	b.t.Cleanup(cancel)
	openTab(b.t, ctx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	b.t.Cleanup(cancelTimeout)
	j := journey{t: b.t, ctx: ctx, base: b.base}
	j.do("watch htmx", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: watchHtmx})
		return err
	}))
	// chromedp turns on DevTools' reports of style sheets, network requests and console
	// entries, which no step reads and which cost a fifth of each page load's processor time.
	j.do("quiet DevTools", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		off := func(disable cdp.Command[cdp.Empty, cdp.Empty]) error {
			_, err := cdp.Call(ctx, t, disable, cdp.Empty{})
			return err
		}
		return errors.Join(off(css.Disable), off(network.Disable), off(log.Disable))
	}))
	return j
}

// signIn signs in on the sign-in page and waits until next has loaded in locale with heading.
// It fills the fields at once: typing key by key costs three round trips to Chromium a letter.
// Like the person would, it first switches the sign-in page to their language: a boosted page
// keeps the <html lang> of the page before it (see TestJourneyLanguageOfBoostedPages).
func (j journey) signIn(email, next, locale, heading string) {
	j.t.Helper()
	j.open("/login?next=" + next)
	j.switchTo(locale)
	j.submitSignIn(email, locale, heading)
}

// submitSignIn fills the sign-in form of the page with email and the test password, sends it
// and waits for the page in locale with heading.
func (j journey) submitSignIn(email, locale, heading string) {
	j.t.Helper()
	j.fill("#f-email", email)
	j.fill("#f-password", password)
	j.click(`form[action="/login"] button[type=submit]`)
	j.expectHeading(locale, heading)
}

// register fills the registration form of the page for name and email, with the test
// password, sends it and waits for the sign-in page in locale (signInHeading) it leads to.
func (j journey) register(name, email, locale, signInHeading string) {
	j.t.Helper()
	j.fill("#f-name", name)
	j.fill("#f-email", email)
	j.fill("#f-password", password)
	j.fill("#f-password_confirm", password)
	j.click(`form[action="/register"] button[type=submit]`)
	j.expectHeading(locale, signInHeading)
}

// applyAs starts an application as role from a programme's page: it accepts the charter
// (charterHeading) and waits for the application form (formHeading), in locale.
func (j journey) applyAs(role, locale, charterHeading, formHeading string) {
	j.t.Helper()
	j.click("#apply-" + role)
	j.expectHeading(locale, charterHeading)
	j.click("#f-accept")
	j.click("#charter-accept")
	j.expectHeading(locale, formHeading)
}

// switchTo changes the language with the switcher, which reloads the page; a page already in
// locale stays as it is.
func (j journey) switchTo(locale string) {
	j.t.Helper()
	j.waitFor("a page with a language switcher", `document.querySelector(".switcher") !== null`)
	if j.eval(`document.documentElement.lang === "` + locale + `"`) {
		return
	}
	j.click(`.switcher button[value="` + locale + `"]`)
	j.waitFor("page in "+locale, `document.documentElement.lang === "`+locale+`"`)
}

// fill sets a form control's value at once, as pasting would, and tells listeners it changed.
// Date and time inputs take their ISO value (YYYY-MM-DD, HH:MM) whatever the browser's locale.
func (j journey) fill(selector, value string) {
	j.t.Helper()
	j.idle()
	j.do("fill "+selector, chromedp.WaitVisible(chromedp.CSS(selector)), chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Evaluate[bool](fmt.Sprintf(`(() => { const el = document.querySelector(%s); el.value = %s;
			el.dispatchEvent(new Event("input", {bubbles: true})); return true })()`, strconv.Quote(selector), strconv.Quote(value)))(ctx, t)
		return err
	}))
}

// choose selects option value of a select without firing its change event, so that several
// filters can be set before the form is sent.
func (j journey) choose(selector, value string) {
	j.t.Helper()
	j.waitFor(fmt.Sprintf("%s offering %q", selector, value), htmxIdle+" && "+fmt.Sprintf(
		`(() => { const el = document.querySelector(%s); if (!el || !el.querySelector('option[value=' + JSON.stringify(%s) + ']')) return false;
			el.value = %s; return true })()`, strconv.Quote(selector), strconv.Quote(value), strconv.Quote(value)))
}

// expectAbsent checks that no element matching selector contains text.
func (j journey) expectAbsent(selector, text string) {
	j.t.Helper()
	if j.eval(fmt.Sprintf(`Array.from(document.querySelectorAll(%s)).some(el => el.textContent.includes(%s))`,
		strconv.Quote(selector), strconv.Quote(text))) {
		j.t.Fatalf("%s shows %q but should not\npage shows:\n%s", selector, text, j.pageText())
	}
}

// expectPath waits until the address bar shows path (boosted links change it without a load).
func (j journey) expectPath(path string) {
	j.t.Helper()
	j.waitFor("address "+path, fmt.Sprintf(`location.pathname === %s`, strconv.Quote(path)))
}

// eval runs a boolean JavaScript expression in the page.
func (j journey) eval(expression string) bool {
	j.t.Helper()
	v, err := chromedp.Run(j.ctx, chromedp.Evaluate[bool](expression))
	if err != nil {
		j.t.Fatalf("evaluating %s: %v", expression, err)
	}
	return v
}

// pageText is what the page shows, for failure messages.
func (j journey) pageText() string {
	text, _ := chromedp.Run(j.ctx, chromedp.Evaluate[string](`document.body ? document.body.innerText : ""`))
	return text
}
