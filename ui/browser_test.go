package ui_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestMain runs twice as many tests at once as there are cores, unless -parallel says
// otherwise: a browser test spends most of its time waiting for Chromium, so -parallel's
// default (one test per core) left the cores idle. It stops the Chromium that the browser
// tests share once they are all done.
func TestMain(m *testing.M) {
	flag.Parse()
	if !flagGiven("test.parallel") {
		flag.Set("test.parallel", strconv.Itoa(2*runtime.GOMAXPROCS(0)))
	}
	code := m.Run()
	stopChromium()
	os.Exit(code)
}

// flagGiven tells whether the command line set the flag name.
func flagGiven(name string) bool {
	given := false
	flag.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}

// findChromium returns the system Chromium's headless shell, else the system Chromium, or
// skips the test (fails it when MENTORBASE_REQUIRE_TOOLS=1, as CI sets). The headless shell
// (Debian's chromium-headless-shell: the same Blink without a browser's user interface) runs
// the browser tests in less than half the processor time: a full Chromium started a renderer
// process for almost every page and spent about 100 of the ui package's 132 CPU-seconds.
func findChromium(t *testing.T) string {
	t.Helper()
	for _, candidate := range []string{"/usr/bin/chromium-headless-shell", "chromium-headless-shell",
		"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if path, err := exec.LookPath(candidate); err == nil {
			return path
		}
	}
	if os.Getenv("MENTORBASE_REQUIRE_TOOLS") == "1" {
		t.Fatal("chromium is not installed and MENTORBASE_REQUIRE_TOOLS=1: install it (apt-get install chromium-headless-shell)")
	}
	t.Skip("chromium is not installed: skipping the browser test (apt-get install chromium-headless-shell to run it)")
	return ""
}

// TestBrowserJourney drives a real Chromium, phone-sized, through the portal: a visitor
// registers, signs in, switches to French and to Swedish, reads a guidance page,
// opens the account page and signs out, checking what each page shows in its language.
func TestBrowserJourney(t *testing.T) {
	t.Parallel()
	app := newApp(t)
	b := startBrowser(t, app).window()
	b.open("/register")
	b.expectHeading("en", "Create your account")
	b.register("Ada Lovelace", "ada@example.org", "en", "Sign in")
	b.expectText(".flash", "Check your inbox")
	queuedMail(t, app, "verification", "ada@example.org")
	b.submitSignIn("ada@example.org", "en", "My mentoring")

	b.click(`.switcher button[value="fr"]`)
	b.expectHeading("fr", "Mon mentorat")
	b.click(`.switcher button[value="sv"]`)
	b.expectHeading("sv", "Mitt mentorskap")

	b.click(`a[href="/guide"]`)
	b.expectHeading("sv", "Vägledning")
	b.click(`.guide-list a[href="/guide/how-it-works"]`)
	b.expectText(".breadcrumb", "Vägledning")

	b.click(`a[href="/account"]`)
	b.expectHeading("sv", "Mitt konto")
	b.expectText("#calendar-heading", "Kalender")

	b.click(`form[action="/logout"] button`)
	b.expectText(".flash", "Du är utloggad.")
	b.expectText(`a[href="/login"]`, "Logga in")
}

// journey is one browser tab walking through the portal; every step fails the test with what
// the page showed instead.
type journey struct {
	t    *testing.T
	ctx  context.Context
	base string
}

// do runs one step with a time limit of its own, so that a step that hangs fails with what
// the page showed rather than using up the whole journey's time.
func (j journey) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	j.t.Helper()
	step, cancel := context.WithTimeout(j.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(step, actions...); err != nil {
		body, _ := chromedp.Run(j.ctx, chromedp.Evaluate[string](`document.body ? document.body.innerText : ""`))
		j.t.Fatalf("%s: %v\npage shows:\n%s", what, err, body)
	}
}

func (j journey) open(path string) {
	j.t.Helper()
	j.do("open "+path, chromedp.Navigate(j.base+path))
}

func (j journey) typeInto(selector, text string) {
	j.t.Helper()
	j.idle()
	j.do("type into "+selector, chromedp.WaitVisible(chromedp.CSS(selector)), chromedp.SendKeys(chromedp.CSS(selector), text))
}

// click waits until the page is idle, then clicks selector. Pressing the mouse takes the focus
// from the field being typed in, whose change event may send a request (the directory's
// search does) that swaps the clicked element away under the click: so the field is left
// first, and what that sends waited for.
func (j journey) click(selector string) {
	j.t.Helper()
	j.idle()
	if j.eval(`(() => { const field = document.activeElement;
		return field !== null && field.matches("input, textarea, select") && (field.blur(), true) })()`) {
		j.idle()
	}
	j.do("click "+selector, chromedp.WaitVisible(chromedp.CSS(selector)), chromedp.Click(chromedp.CSS(selector)))
}

// idle waits until the page has no htmx request due or in flight (see watchHtmx), so that a
// step does not act on an element a late swap is about to replace.
func (j journey) idle() {
	j.t.Helper()
	j.waitFor("no htmx request due or in flight", htmxIdle)
}

// expectHeading waits until the page is in locale and its h1 reads heading.
func (j journey) expectHeading(locale, heading string) {
	j.t.Helper()
	j.waitFor(fmt.Sprintf("page in %s with heading %q", locale, heading), fmt.Sprintf(
		`document.documentElement.lang === %s && document.querySelector("h1") && document.querySelector("h1").textContent.trim() === %s`,
		strconv.Quote(locale), strconv.Quote(heading)))
}

// expectText waits until the element's text contains text.
func (j journey) expectText(selector, text string) {
	j.t.Helper()
	j.waitFor(fmt.Sprintf("%s showing %q", selector, text), fmt.Sprintf(
		`(document.querySelector(%s) || {textContent: ""}).textContent.includes(%s)`,
		strconv.Quote(selector), strconv.Quote(text)))
}

// waitFor polls predicate until it holds, in tries of a second at most. A full page load (the
// language switcher is not boosted) interrupts a try, so the next starts on the new page. The
// tries are short because chromedp polls with the page's own timers, which never fire where
// JavaScript is turned off: a single long poll there waited for the whole journey's time.
func (j journey) waitFor(what, predicate string) {
	j.t.Helper()
	var err error
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); {
		try, cancel := context.WithTimeout(j.ctx, min(time.Second, time.Until(deadline)))
		err = chromedp.Do(try, chromedp.Poll[chromedp.Void](predicate, chromedp.WithPollingTimeout(time.Second)))
		cancel()
		if err == nil {
			return
		}
		if j.ctx.Err() != nil {
			break
		}
	}
	j.do(what, func(context.Context, *chromedp.Target) (chromedp.Void, error) { return chromedp.Void{}, err })
}
