package ui_test

import (
	"context"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// TestBrowserDirectoryPagesThrough500Mentors drives Chromium through a directory of 500 more
// mentors: mia filters it by language and opens the second page, once through htmx and once
// with JavaScript turned off, where the filters are a plain form and the pages plain links.
// Both ways she sees the count of all matches and the same twenty mentors on page 2.
func TestBrowserDirectoryPagesThrough500Mentors(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	addListedMentors(t, w.app, w.open.Id, 500)
	want, err := mentoring.DirectoryPage(w.app, w.open, w.apps["mia"], mentoring.DirectoryQuery{
		DirectoryFilter: mentoring.DirectoryFilter{Language: "sv"}, Page: 2})
	if err != nil || want.Total < 250 || len(want.Entries) != mentoring.DirectoryPerPage {
		t.Fatalf("the directory's second page of Swedish speakers: %d of %d (%v)", len(want.Entries), want.Total, err)
	}
	secondPage := fmt.Sprintf(`location.search.includes("language=sv") && location.search.includes("page=2")
		&& document.querySelectorAll(".mentor-card").length === 20
		&& document.querySelector(".mentor-card h2").textContent.trim() === %s`, strconv.Quote(want.Entries[0].Name))
	count := strconv.Itoa(want.Total)
	browser := startBrowser(t, w.app)

	mia := browser.window()
	mia.signIn("mia@example.org", "/programs/open-mentors/mentors", "fr", "Les mentors de Open Mentors")
	mia.expectText("#directory-results .count", "503")
	mia.choose("#f-language", "sv")
	mia.eval(`document.querySelector("#f-language").dispatchEvent(new Event("change", {bubbles: true})) || true`)
	mia.waitFor("the Swedish speakers counted", `location.search.includes("language=sv") && 
		document.querySelector("#directory-results .count").textContent.includes(`+strconv.Quote(count)+`)`)
	mia.click(".pager-next")
	mia.waitFor("page 2 of the Swedish speakers", secondPage)

	plain := browser.window()
	plain.signIn("mia@example.org", "/programs/open-mentors/mentors", "fr", "Les mentors de Open Mentors")
	plain.do("turn JavaScript off", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}))
	plain.open("/programs/open-mentors/mentors")
	plain.waitFor("the directory without htmx", `typeof htmx === "undefined" && document.querySelector("#f-language") !== null`)
	plain.choose("#f-language", "sv")
	plain.click("#directory-search")
	plain.waitFor("the Swedish speakers counted", `location.search.includes("language=sv") && 
		document.querySelector("#directory-results .count").textContent.includes(`+strconv.Quote(count)+`)`)
	plain.click(".pager-next")
	plain.waitFor("page 2 of the Swedish speakers", secondPage)
}

// addListedMentors writes n approved, listed mentors into the programme, speaking Swedish or
// English in turn, straight into the tables (the hooks would take seconds for 500).
func addListedMentors(t testing.TB, app core.App, programID string, n int) {
	t.Helper()
	stamp := time.Now().UTC().Format("2006-01-02 15:04:05.000Z")
	err := app.RunInTransaction(func(tx core.App) error {
		for i := range n {
			user, application := fmt.Sprintf("dirmentor%06d", i), fmt.Sprintf("dirmntapp%06d", i)
			languages := []string{`["en"]`, `["sv"]`}[i%2]
			_, err := tx.DB().Insert("users", dbx.Params{"id": user, "email": user + "@example.org",
				"name": fmt.Sprintf("Mentor %03d", i), "tokenKey": user, "password": "x", "verified": true,
				"created": stamp, "updated": stamp}).Execute()
			if err == nil {
				_, err = tx.DB().Insert("applications", dbx.Params{"id": application, "program": programID, "user": user,
					"role": "mentor", "status": "approved", "listed_in_directory": true, "capacity": 1,
					"languages": languages, "city": "Lund", "created": stamp, "updated": stamp}).Execute()
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
