package ui_test

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// The pages below are those the journeys' reflow checks do not open: together with them,
// every page of the portal is checked at 320 px in the three languages with WCAG's text
// spacing, for links standing alone under 24 px, and by axe-core (checkReflow).

// TestBrowserVisitorAndPairSubpagesReflow: a visitor's sign-in, registration, password and
// guidance pages and the page of an unknown address, then the pages of a pair member beside
// the pair's own (its sections on their own, ending, help, the charter).
func TestBrowserVisitorAndPairSubpagesReflow(t *testing.T) {
	t.Parallel()
	app := seedWork(t)
	reset, err := findPerson(t, app, "marie").NewPasswordResetToken()
	if err != nil {
		t.Fatal(err)
	}
	sven := startBrowser(t, app).window()
	sven.open("/")
	sven.checkReflow("/guide", "/register", "/login", "/forgot-password", "/reset-password/"+reset,
		// A confirmed address's page speaks the account's language: a wrong link's, the reader's.
		"/verify/not-a-token", "/no-such-page")
	page := "/matches/" + wid("matcha")
	sven.signIn("sven@example.org", "/me", "fr", "Mon mentorat")
	sven.checkReflow(page+"/evaluations", page+"/goals", page+"/messages", page+"/notes", page+"/close", "/help",
		"/programs/alumni/charter")
}

// TestBrowserCoordinatorPagesReflow: a coordinator's index, an application, the programme's
// settings, events, report and cohort mail, and a new programme's form; then a mentee's
// answer to an event, the directory's page for a programme without one, and applying again.
func TestBrowserCoordinatorPagesReflow(t *testing.T) {
	t.Parallel()
	b := startBrowser(t, seedEventWorld(t))
	sven := b.window()
	sven.signIn("sven@example.org", "/me", "en", "My mentoring")
	sven.checkReflow("/events/"+wid("kickoff")+"/rsvp", "/programs/alumni/mentors", "/programs/alumni/apply/mentor")
	coord := b.window()
	coord.signIn("coord@example.org", "/me", "en", "My mentoring")
	programme := "/coordinate/alumni"
	// On a 343 px phone the lists of applications and pairs scroll inside their box, and the
	// names stay in view when the table is scrolled to its last column (the audit found a
	// 707 px list showing three columns, and no names).
	coord.do("a 343 px phone", chromedp.EmulateViewport(343, 700))
	for _, list := range []string{programme + "/applications", programme + "/pairs"} {
		coord.open(list)
		if lost := coord.evalString(`(() => {
			const table = document.querySelector("#review-table, #pairs-table");
			if (!table) return "no table";
			table.scrollLeft = table.scrollWidth;
			const box = table.getBoundingClientRect();
			return Array.from(table.querySelectorAll("tbody tr")).map(row => row.querySelector("a").closest("td, th")).filter(cell => {
				const r = cell.getBoundingClientRect();
				return r.left < box.left - 1 || r.right > document.documentElement.clientWidth;
			}).map(cell => cell.textContent.trim()).join(", ");
		})()`); lost != "" {
			t.Errorf("%s at 343 px, scrolled to its last column: %s out of view", list, lost)
		}
	}
	coord.checkReflow("/coordinate", programme+"/applications/"+wid("appsven"), programme+"/settings",
		programme+"/settings/tags", programme+"/settings/criteria", programme+"/settings/charter", "/coordinate/new",
		programme+"/events", programme+"/events/new", programme+"/events/"+wid("kickoff")+"/edit", programme+"/report",
		programme+"/mail")
}

// TestBrowserInvitationAndAssignPagesReflow: an invitation as its mentor reads it, the
// console with a proposal, whose Lock and Exclude buttons a coordinator's phone shows whole
// (the audit found them cut off at 343 px), and the console's preview of a pair made by hand.
func TestBrowserInvitationAndAssignPagesReflow(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	invitation := mwInvite(t, w, "mia", "ada")
	mwDraft("nina", "lena")(t, w)
	b := startBrowser(t, w.app)
	ada := b.window()
	ada.signIn("ada@example.org", "/me", "sv", "Mitt mentorskap")
	ada.checkReflow("/invitations/" + invitation.Id)
	coord := b.window()
	coord.signIn("coord@example.org", "/me", "en", "My mentoring")
	coord.do("a 343 px phone", chromedp.EmulateViewport(343, 700))
	coord.open("/coordinate/paired-up/matching")
	if cut := coord.evalString(`Array.from(document.querySelectorAll("#console-drafts button")).filter(b => {
		const r = b.getBoundingClientRect(), box = b.closest("table").getBoundingClientRect();
		return r.width === 0 || r.left < box.left || r.right > box.right || r.right > document.documentElement.clientWidth;
	}).map(b => b.textContent.trim()).join(", ") || (document.querySelector("#console-drafts button") ? "" : "no button")`); cut != "" {
		t.Errorf("the proposal's buttons at 343 px: %s cut off", cut)
	}
	coord.checkReflow("/coordinate/paired-up/matching",
		"/coordinate/paired-up/matching/assign?mentee="+mwApp("nina")+"&mentor="+mwApp("lena"))
}
