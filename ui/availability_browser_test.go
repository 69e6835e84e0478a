package ui_test

import (
	"testing"
	"time"
)

// TestBrowserAPausedMentorCannotBeInvited: Ada pauses from "My mentoring" in Swedish; Mia,
// browsing in French, reads on Ada's card and profile until when, and finds no way to write
// to her; the pause page reflows on a phone and passes axe-core.
func TestBrowserAPausedMentorCannotBeInvited(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	browser := startBrowser(t, w.app)
	ada := browser.window()
	ada.signIn("ada@example.org", "/me", "sv", "Mitt mentorskap")
	ada.click("#availability-" + mwApp("ada"))
	ada.expectText("#pause-state", "Tar emot nya adepter")
	back := time.Now().AddDate(0, 0, 14).Format(time.DateOnly)
	ada.fill("#f-paused_until", back)
	ada.click("#pause-submit")
	ada.expectText(".flash", "Pausad")
	ada.expectText("#pause-state", "Pausad till "+back)

	mia := browser.window()
	mia.signIn("mia@example.org", "/programs/open-mentors/mentors", "fr", "Les mentors de Open Mentors")
	mia.expectText("#mentor-"+mwApp("ada"), "En pause jusqu'au "+back)
	if !mia.eval(`document.querySelector("#mentor-` + mwApp("ada") + ` button.invite-button[disabled]") !== null`) {
		t.Error("the paused mentor's card offers an invitation")
	}
	mia.click("#mentor-" + mwApp("ada") + " h2 a")
	mia.expectText("#invite-paused", "n'accueille pas de nouveaux mentorés jusqu'au "+back)
	if !mia.eval(`document.querySelector("#invite-submit").disabled && document.querySelector("#f-message").disabled`) {
		t.Error("the paused mentor's profile lets the mentee write")
	}

	ada.click("#pause-resume")
	ada.expectText(".flash", "Adepter kan bjuda in dig igen")
	ada.checkReflow("/applications/" + mwApp("ada") + "/availability")
}
