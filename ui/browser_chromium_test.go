package ui_test

import (
	"context"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// chromium is the one headless Chromium of the test binary, which the browser tests share:
// starting one takes a second or more on a busy machine, and a window of its own (a new
// browser context) is all a test needs to keep its cookies from the others'.
var chromium struct {
	sync.Mutex
	ctx  context.Context // the browser's first tab, never navigated by a test
	stop func()
}

// sharedChromium starts the test binary's Chromium the first time a test needs it, or again
// if it died, and returns its first tab's context; TestMain stops it.
func sharedChromium(t *testing.T) context.Context {
	t.Helper()
	path := findChromium(t)
	chromium.Lock()
	defer chromium.Unlock()
	if chromium.ctx != nil && chromium.ctx.Err() == nil {
		return chromium.ctx
	}
	// chromedp's defaults (Puppeteer's) matter here: without them a window that is not in
	// front has its timers throttled, and several windows are open at once. RenderDocument
	// (a new renderer-side frame for every navigation, which pages cannot tell from the old
	// way) cost almost half of each page load's processor time, and the tests load hundreds.
	allocator, cancelAllocator := chromedp.NewExecAllocator(context.Background(), append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-features", "Translate,BlinkGenPropertyTrees,RenderDocument"),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("lang", "en-US"), chromedp.WindowSize(390, 844))...)
	ctx, cancel := chromedp.NewContext(allocator)
	stop := func() { cancel(); cancelAllocator() }
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		stop()
		t.Fatalf("starting chromium: %v", err)
	}
	if chromium.stop != nil {
		chromium.stop()
	}
	chromium.ctx, chromium.stop = ctx, stop
	return ctx
}

// stopChromium stops the shared Chromium, if a test started it, and removes its profile.
func stopChromium() {
	chromium.Lock()
	defer chromium.Unlock()
	if chromium.stop != nil {
		chromium.stop()
	}
}

// openTab opens ctx's tab (and the browser, the first time) on a context without a time
// limit: chromedp ties a tab to the context of its first use, so a step's own time limit
// must never be the one that opens it.
func openTab(t *testing.T, ctx context.Context) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("opening a window: %v", err)
	}
}

// watchHtmx runs in every page a window loads, before the page's own scripts. It counts the
// XMLHttpRequests in flight (htmx sends nothing else) and notes when a field whose hx-trigger
// waits (keyup delay:300ms) will send its request; htmxIdle() holds once nothing is due or in
// flight and the last swap has had a moment to settle. A step that acts on an element a late
// swap replaces would be lost (the flakes CI saw), so click, typeInto, fill and choose wait for
// it. htmx's own events would not do: those of an element the swap removed never reach the
// document.
const watchHtmx = `(() => {
  let inFlight = 0, quietAt = 0;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) {
    inFlight++;
    this.addEventListener("loadend", () => { inFlight--; quietAt = Math.max(quietAt, Date.now() + 50); });
    return send.apply(this, args);
  };
  const due = event => {
    const field = event.target instanceof Element && event.target.closest("[hx-trigger]");
    const delay = field && /delay:(\d+)(m?s)/.exec(field.getAttribute("hx-trigger"));
    if (delay) quietAt = Math.max(quietAt, Date.now() + Number(delay[1]) * (delay[2] === "s" ? 1000 : 1) + 50);
  };
  for (const type of ["input", "keyup", "change"]) document.addEventListener(type, due, true);
  document.addEventListener("htmx:afterSettle", () => { quietAt = Math.max(quietAt, Date.now() + 50); });
  window.htmxIdle = () => inFlight === 0 && Date.now() >= quietAt;
})()`

// htmxIdle is a predicate that holds when the page has no htmx request due or in flight.
const htmxIdle = `(typeof window.htmxIdle !== "function" || window.htmxIdle())`
