package ui_test

import (
	"testing"
)

// TestBrowserDirectoryFiltersLiveAndInvites drives Chromium through the directory: the text
// search narrows the list through htmx without reloading the page, keeps the address in
// step and announces the new count; then the mentee opens the best mentor's profile and
// invites her; last, the list and the profile reflow on a phone and pass axe-core.
func TestBrowserDirectoryFiltersLiveAndInvites(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	mia := startBrowser(t, w.app).window()
	mia.signIn("mia@example.org", "/programs/open-mentors/mentors", "fr", "Les mentors de Open Mentors")
	mia.waitFor("the directory's filters", `document.querySelector("#directory-filters") !== null`)

	// A click made while a search is due or coming back would land on a card that the late
	// swap replaces (the flake CI saw twice): the conditions below wait for htmx to be idle
	// (watchHtmx counts its requests in every window).
	if !mia.eval(`typeof window.htmxIdle === "function" && (window.sameDocument = true) &&
		(window.announcer = document.getElementById("announcer")) !== null`) {
		t.Fatal("could not mark the page, or watchHtmx is not in it")
	}
	mia.typeInto("#f-q", "acme")
	mia.waitFor("one mentor left, q=acme in the address, no search due or in flight",
		`document.querySelectorAll(".mentor-card").length === 1 && location.search.includes("q=acme") && `+htmxIdle)
	mia.expectText("#directory-results .count", "1")
	// The count is read out by the page's one live region, which stays the same element:
	// a live region swapped in whole is seldom read.
	mia.expectAnnounced(mia.evalString(`document.querySelector("#directory-results .count").textContent.trim()`))
	if !mia.eval(`window.sameDocument === true`) {
		t.Error("the search reloaded the page instead of swapping the results")
	}

	mia.click(".mentor-card h2 a")
	mia.waitFor("the mentor's page, settled", `document.querySelector("#f-message") !== null && `+htmxIdle)
	const message = "I would love to learn how you lead teams."
	mia.typeInto("#f-message", message)
	if got := mia.evalString(`document.querySelector("#f-message").value`); got != message {
		t.Fatalf("the message box holds %q after typing, want %q", got, message)
	}
	mia.click("#invite-submit")
	mia.expectText(".flash", "Votre invitation est envoyée")
	if _, err := w.app.FindFirstRecordByData("matches", "mentee", mwApp("mia")); err != nil {
		t.Error("no invitation was saved")
	}
	// The directory and a profile, with scores, reflow at 320 px in the three languages and
	// pass axe-core (a11y_browser_test.go).
	mia.checkReflow("/programs/open-mentors/mentors", "/programs/open-mentors/mentors/"+mwApp("ada"))
}
