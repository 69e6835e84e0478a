package ui_test

import (
	"testing"
)

// TestBrowserDirectoryFiltersLiveAndInvites drives Chromium through the directory: the text
// search narrows the list through htmx without reloading the page, keeps the address in
// step and announces the new count; then the mentee opens the best mentor's profile and
// invites her; last, the list and the profile reflow on a phone and pass axe-core.
func TestBrowserDirectoryFiltersLiveAndInvites(t *testing.T) {
	w := seedMatching(t)
	mia := startBrowser(t, w.app).window()
	mia.signIn("mia@example.org", "/programs/open-mentors/mentors", "fr", "Les mentors de Open Mentors")
	mia.waitFor("the directory's filters", `document.querySelector("#directory-filters") !== null`)

	if !mia.eval(`(window.sameDocument = true) && (window.announcer = document.getElementById("announcer")) !== null`) {
		t.Fatal("could not mark the page")
	}
	mia.typeInto("#f-q", "acme")
	// A slow machine may send one request per key; the last one pushes q=acme into the
	// address. Clicking before htmx is idle would race the swap of the results.
	mia.waitFor("one mentor left, htmx idle, q=acme in the address",
		`document.querySelectorAll(".mentor-card").length === 1 && location.search.includes("q=acme") &&
			!document.querySelector(".htmx-request")`)
	mia.expectText("#directory-results .count", "1")
	// The count is read out by the page's one live region, which stays the same element:
	// a live region swapped in whole is seldom read.
	mia.expectAnnounced(mia.evalString(`document.querySelector("#directory-results .count").textContent.trim()`))
	if !mia.eval(`window.sameDocument === true`) {
		t.Error("the search reloaded the page instead of swapping the results")
	}

	// A search still due (its delay not yet run out on a slow machine) can swap the card away
	// under the click: the link is clicked again when a new card replaced the clicked one.
	mia.waitFor("the mentor's page after clicking the card", `(() => {
		if (document.querySelector("#f-message")) return true;
		const link = document.querySelector(".mentor-card h2 a");
		if (link && !link.dataset.clicked) { link.dataset.clicked = "1"; link.click(); }
		return false; })()`)
	mia.typeInto("#f-message", "I would love to learn how you lead teams.")
	mia.click("#invite-submit")
	mia.expectText(".flash", "Votre invitation est envoyée")
	if _, err := w.app.FindFirstRecordByData("matches", "mentee", mwApp("mia")); err != nil {
		t.Error("no invitation was saved")
	}
	// The directory and a profile, with scores, reflow at 320 px in the three languages and
	// pass axe-core (a11y_browser_test.go).
	mia.checkReflow("/programs/open-mentors/mentors", "/programs/open-mentors/mentors/"+mwApp("ada"))
}
