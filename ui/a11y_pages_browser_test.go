package ui_test

import (
	"testing"
)

// The pages below are those the journeys' reflow checks do not open: together with them,
// every page of the portal is checked at 320 px in the three languages with WCAG's text
// spacing, for links standing alone under 24 px, and by axe-core (checkReflow).

// TestBrowserVisitorAndPairSubpagesReflow: a visitor's sign-in, registration, password and
// guidance pages and the page of an unknown address, then the pages of a pair member beside
// the pair's own (its sections on their own, ending, help, the charter).
func TestBrowserVisitorAndPairSubpagesReflow(t *testing.T) {
	t.Parallel()
	sven := startBrowser(t, seedWork(t)).window()
	sven.open("/")
	sven.checkReflow("/guide", "/register", "/login", "/forgot-password", "/no-such-page")
	page := "/matches/" + wid("matcha")
	sven.signIn("sven@example.org", "/me", "fr", "Mon mentorat")
	sven.checkReflow(page+"/evaluations", page+"/goals", page+"/messages", page+"/notes", page+"/close", "/help",
		"/programs/alumni/charter")
}

// TestBrowserCoordinatorPagesReflow: a coordinator's index, an application, the programme's
// settings, events, report and cohort mail, and a new programme's form.
func TestBrowserCoordinatorPagesReflow(t *testing.T) {
	t.Parallel()
	coord := startBrowser(t, seedEventWorld(t)).window()
	coord.signIn("coord@example.org", "/me", "en", "My mentoring")
	programme := "/coordinate/alumni"
	coord.checkReflow("/coordinate", programme+"/applications/"+wid("appsven"), programme+"/settings",
		programme+"/settings/tags", programme+"/settings/criteria", programme+"/settings/charter", "/coordinate/new",
		programme+"/events", programme+"/events/new", programme+"/events/"+wid("kickoff")+"/edit", programme+"/report",
		programme+"/mail")
}

// TestBrowserInvitationAndAssignPagesReflow: an invitation as its mentor reads it, an event's
// answer page, and the console's preview of a pair made by hand.
func TestBrowserInvitationAndAssignPagesReflow(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	invitation := mwInvite(t, w, "mia", "ada")
	b := startBrowser(t, w.app)
	ada := b.window()
	ada.signIn("ada@example.org", "/me", "sv", "Mitt mentorskap")
	ada.checkReflow("/invitations/" + invitation.Id)
	coord := b.window()
	coord.signIn("coord@example.org", "/me", "en", "My mentoring")
	coord.checkReflow("/coordinate/paired-up/matching/assign?mentee=" + mwApp("nina") + "&mentor=" + mwApp("lena"))
}
