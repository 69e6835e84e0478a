package ui_test

import (
	"fmt"
	"net/http"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/mentorbase/mentorbase/apptest"
)

// TestBrowserFocusAnnouncementsAndReflow checks in Chromium what an automated checker cannot
// see, on a pair's pages:
//   - after each htmx swap the focus lands somewhere sensible (never <body>) and the result
//     is announced through the one live region, which persists (WCAG 2.4.3, 4.1.3);
//   - a form that comes back with errors focuses its error summary and keeps the page's
//     address, so a reload shows the page rather than "Page not found";
//   - the pages do not scroll sideways at 320 px, in the three languages, with WCAG's text
//     spacing applied (1.4.10, 1.4.12), and axe-core finds no violation on them in English.
//
// TestBrowserVisitorAndCoordinatorPagesReflow does the same checks on their pages.
func TestBrowserFocusAnnouncementsAndReflow(t *testing.T) {
	t.Parallel()
	app := seedWork(t)
	// The words that overflowed a phone in the audit, offered on the application form.
	for _, tag := range []struct{ kind, key, en, fr, sv string }{
		{"interest", "software", "Software development", "Développement logiciel", "Mjukvaruutveckling"},
		{"skill", "agreement", "Mentoring agreements", "Accompagnement entrepreneurial", "Mentorskapsöverenskommelse"},
	} {
		apptest.Build(t, app).Record("tags", map[string]any{"kind": tag.kind, "key": tag.key, "label_en": tag.en, "label_fr": tag.fr, "label_sv": tag.sv})
	}
	b := startBrowser(t, app)
	page := "/matches/" + wid("matcha")

	sven := b.window()
	sven.signIn("sven@example.org", page, "fr", "Marie Person & Sven Person")
	sven.eval(`(window.announcer = document.getElementById("announcer")) !== null`)

	sven.fill("#f-message_body", "Merci pour hier.")
	sven.click("#messages form.form button[type=submit]")
	sven.expectText("#messages .thread", "Merci pour hier.")
	sven.expectFocus("the messages' heading", `document.querySelector("#messages h2")`)
	sven.expectAnnounced("Votre message a été envoyé.")

	sven.fill("#f-note_body", "Relire le CV.")
	sven.click("#notes form.form button[type=submit]")
	sven.expectText("#notes", "Relire le CV.")
	sven.expectFocus("the notes' heading, after the whole page came back", `document.querySelector("#notes h2")`)
	sven.expectAnnounced("Votre note a été enregistrée.")

	sven.fill("#date-new", "2040-06-15")
	sven.fill("#time-new", "18:00")
	sven.choose("#mode-new", "phone")
	sven.click(`form[action="` + page + `/meetings"] button[type=submit]`)
	sven.expectFocus("the error summary", `document.getElementById("error-summary")`)
	if !sven.eval(`location.pathname === ` + strconv.Quote(page)) {
		t.Errorf("after a refused form the address is %s, want %s", sven.evalString(`location.pathname`), page)
	}

	sven.click("#nav-me")
	sven.expectPath("/me")
	sven.expectFocus("the new page's heading", `document.querySelector("main h1")`)

	sven.checkReflow(page, "/me", page+"/evaluations/midpoint", "/applications/"+wid("appsven")+"/edit")
}

// TestBrowserVisitorAndCoordinatorPagesReflow: a visitor's pages, then a coordinator's once
// signed in, do not scroll sideways at 320 px in the three languages with WCAG's text spacing
// and pass axe-core; a coordinator's header leaves most of a phone's screen to the page, and
// at 1280 px the coordinators' tables take the screen's width.
func TestBrowserVisitorAndCoordinatorPagesReflow(t *testing.T) {
	t.Parallel()
	coord := startBrowser(t, seedWork(t)).window()
	coord.open("/")
	coord.checkReflow("/", "/programs/alumni", "/guide/how-it-works")
	coord.signIn("coord@example.org", "/me", "sv", "Mitt mentorskap")
	// A coordinator's header on a 375 × 667 phone: brand and languages on one line, the menu
	// on two (it took 185 px, more than a quarter of the screen).
	coord.do("a 375 px phone", chromedp.EmulateViewport(375, 667))
	coord.open("/coordinate")
	if !coord.eval(`document.querySelector(".site-header").offsetHeight <= 110`) {
		t.Errorf("the signed-in header is %s px tall on a phone, want at most 110",
			coord.evalString(`String(document.querySelector(".site-header").offsetHeight)`))
	}
	// The header's links and buttons are focused in the order they are read: each one to the
	// right of the one before on its line, or on a line below (WCAG 2.4.3, 1.3.2).
	for _, width := range []int64{375, 320, 1280} {
		coord.do(fmt.Sprintf("a %d px screen", width), chromedp.EmulateViewport(width, 667))
		if !coord.eval(`Array.from(document.querySelectorAll(".site-header a, .site-header button")).map(e => e.getBoundingClientRect()).every(
			(b, i, all) => i === 0 || b.top >= all[i-1].bottom - 1 || (b.top < all[i-1].bottom && b.left >= all[i-1].right - 1))`) {
			t.Errorf("at %d px the header's focus order is not its visual order: %s", width, coord.evalString(
				`Array.from(document.querySelectorAll(".site-header a, .site-header button")).map(e => e.textContent.trim() + "@" + Math.round(e.getBoundingClientRect().left) + "," + Math.round(e.getBoundingClientRect().top)).join(" ")`))
		}
	}
	// At 1280 px the coordinators' tables have the screen's width, not the reading column's,
	// and the names in their first column hold on one line.
	coord.do("a 1280 px screen", chromedp.EmulateViewport(1280, 800))
	for _, table := range []string{"/coordinate/alumni/applications", "/coordinate/alumni/pairs"} {
		coord.open(table)
		if width := coord.evalString(`String(document.querySelector("main").getBoundingClientRect().width)`); !coord.eval(
			`document.querySelector("main").getBoundingClientRect().width >= 1100 && Array.from(
				document.querySelectorAll("main table tbody tr > :first-child a")).every(a => a.getClientRects().length === 1)`) {
			t.Errorf("%s at 1280 px: the page is %s px wide or a name wraps, want at least 1100 px and names on one line", table, width)
		}
	}
	coord.checkReflow("/coordinate/alumni/applications", "/coordinate/alumni/pairs", "/coordinate/alumni/matching?compare=1",
		"/coordinate/alumni/support")
}

// expectFocus waits until the focused element is the one element returns.
func (j journey) expectFocus(what, element string) {
	j.t.Helper()
	j.waitFor("focus on "+what, `document.activeElement !== null && document.activeElement === `+element)
}

// expectAnnounced waits until the live region, the same element as when the page was first
// loaded, reads text.
func (j journey) expectAnnounced(text string) {
	j.t.Helper()
	j.waitFor(fmt.Sprintf("%q announced by the page's first live region", text),
		`document.getElementById("announcer") === window.announcer && window.announcer.textContent.includes(`+strconv.Quote(text)+`)`)
}

// evalString runs a JavaScript expression that returns a string.
func (j journey) evalString(expression string) string {
	j.t.Helper()
	v, err := chromedp.Run(j.ctx, chromedp.Evaluate[string](expression))
	if err != nil {
		j.t.Fatalf("evaluating %s: %v", expression, err)
	}
	return v
}

// textSpacing applies WCAG 1.4.12's text spacing to the page and reports what sticks out of
// the 320 px window: "" when nothing does.
const textSpacing = `(() => {
  const style = document.createElement("style");
  style.textContent = "* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; } p { margin-bottom: 2em !important; }";
  document.head.appendChild(style);
  const width = document.documentElement.clientWidth;
  // Content wider than its own box spills over its neighbours even when the page does not
  // scroll (a checkbox label over the next one).
  const spilled = Array.from(document.querySelectorAll("main *")).filter(el => {
    const style = getComputedStyle(el);
    return style.display !== "inline" && style.overflowX === "visible" && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1;
  }).slice(0, 5).map(el => el.tagName.toLowerCase() + (el.className ? "." + String(el.className).replace(/ /g, ".") : "") +
    " " + el.scrollWidth + ">" + el.clientWidth + " «" + el.textContent.trim().slice(0, 40) + "»");
  if (spilled.length) return "content wider than its box: " + spilled.join("; ");
  if (document.documentElement.scrollWidth <= width) return "";
  const out = [];
  for (const el of document.querySelectorAll("body *")) {
    const r = el.getBoundingClientRect();
    if (r.right > width + 1 && el.children.length === 0 && out.length < 5) {
      out.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className ? "." + String(el.className).replace(/ /g, ".") : "") +
        " right=" + Math.round(r.right) + " «" + el.textContent.trim().slice(0, 40) + "»");
    }
  }
  return "scrollWidth " + document.documentElement.scrollWidth + " > " + width + ": " + out.join("; ");
})()`

// smallTargets lists the links that stand alone (the only text of their parent, or a
// breadcrumb) and are less than 24 px tall (WCAG 2.5.8; its spacing exception is not relied on).
const smallTargets = `Array.from(document.querySelectorAll("body a")).filter(a =>
  (a.parentElement.textContent.trim() === a.textContent.trim() || a.closest(".breadcrumb")) &&
  a.getClientRects().length > 0 && a.getBoundingClientRect().height < 23.5).slice(0, 5).map(a =>
  "«" + a.textContent.trim() + "» " + a.getBoundingClientRect().height.toFixed(1) + " px").join("; ")`

// checkReflow opens each path at 320 px in English, French and Swedish, with WCAG's text
// spacing, and reports every page that scrolls sideways; in English it first runs axe-core.
func (j journey) checkReflow(paths ...string) {
	j.t.Helper()
	j.do("a 320 px window", chromedp.EmulateViewport(320, 640))
	for _, locale := range []string{"en", "fr", "sv"} {
		j.switchTo(locale)
		for _, path := range paths {
			j.open(path)
			j.waitFor(path+" in "+locale, `document.documentElement.lang === `+strconv.Quote(locale)+` && document.querySelector("main") !== null`)
			if locale == "en" {
				j.checkAxe(path)
				if small := j.evalString(smallTargets); small != "" {
					j.t.Errorf("%s: links standing alone smaller than 24 px: %s", path, small)
				}
			}
			if overflow := j.evalString(textSpacing); overflow != "" {
				j.t.Errorf("%s in %s at 320 px: %s", path, locale, overflow)
			}
		}
	}
}

// axePath is where a browser test's server serves the vendored axe-core (testdata/axe-core,
// MPL-2.0): from the page's own origin, which its Content-Security-Policy lets it load
// scripts from, and cacheable, so that a window compiles it once rather than on every page
// (sending its 650 KB through DevTools for each page took half of an audit's time).
const axePath = "/_test/axe.min.js"

// servingAxe serves axe-core at axePath and everything else with portal.
func servingAxe(portal http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != axePath {
			portal.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Cache-Control", "max-age=3600")
		http.ServeFile(w, r, "testdata/axe-core/axe.min.js")
	})
}

// checkAxe runs axe-core on the page as it is and reports each violation with the elements
// it found.
func (j journey) checkAxe(path string) {
	j.t.Helper()
	loaded, err := chromedp.Run(j.ctx, chromedp.Evaluate[bool](`typeof axe !== "undefined" || new Promise(resolve => {
		const script = document.createElement("script");
		script.src = "`+axePath+`";
		script.onload = () => resolve(true);
		script.onerror = () => resolve(false);
		document.head.appendChild(script);
	})`, chromedp.EvalAwaitPromise))
	if err != nil || !loaded {
		j.t.Fatalf("axe-core did not load on %s: %v", path, err)
	}
	found, err := chromedp.Run(j.ctx, chromedp.Evaluate[string](`axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.map(v =>
		v.id + " (" + v.impact + "): " + v.nodes.map(n => n.target.join(" ")).slice(0, 3).join(", ")).join("\n"))`, chromedp.EvalAwaitPromise))
	if err != nil {
		j.t.Fatalf("running axe-core on %s: %v", path, err)
	}
	if found != "" {
		j.t.Errorf("axe-core on %s:\n%s", path, found)
	}
}
