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
