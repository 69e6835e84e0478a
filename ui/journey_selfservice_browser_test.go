package ui_test

import (
	"strconv"
	"testing"
)

// TestJourneySelfService drives Chromium through a self-service programme: a French student
// registers, accepts the charter, applies as mentee (approved at once), narrows the mentors'
// directory with two filters and invites the one left; the Swedish mentor signs in in her own
// window, reads the invitation and accepts it. Only then does each see the other's e-mail and
// phone, and each was mailed in their own language.
func TestJourneySelfService(t *testing.T) {
	t.Parallel()
	w := seedJourney(t)
	w.person(t, "ada", "Ada Lindqvist", "sv", "070 111 22 33")
	w.person(t, "dee", "Dee Durand", "fr", "06 44 55 66 77")
	w.person(t, "bo", "Bo Berg", "en", "07 00 00 00 01")
	program := w.program(t, "passerelle", "Passerelle", "self_service")
	w.applied(t, "ada", program, "mentor", map[string]any{"skills": []string{w.tags["leadership"]},
		"languages": []string{"fr", "sv"}, "organisation": "Acme Robotics", "area": "Nord", "capacity": 2})
	w.applied(t, "dee", program, "mentor", map[string]any{"skills": []string{w.tags["leadership"]},
		"languages": []string{"en"}, "organisation": "Durand Conseil", "area": "Nord"})
	w.applied(t, "bo", program, "mentor", map[string]any{"skills": []string{w.tags["finance"]},
		"languages": []string{"fr", "en"}, "organisation": "Nordbank", "area": "Île-de-France"})
	b := startBrowser(t, w.app)

	lea := b.window()
	lea.open("/register")
	lea.switchTo("fr")
	lea.expectHeading("fr", "Créez votre compte")
	lea.register("Léa Martin", "lea@example.org", "fr", "Connexion")
	lea.submitSignIn("lea@example.org", "fr", "Mon mentorat")

	lea.open("/programs/passerelle")
	lea.expectHeading("fr", "Passerelle")
	lea.click("#apply-mentee")
	lea.expectHeading("fr", "La charte du programme")
	lea.expectText("#charter-text", "une fois par mois")
	lea.click("#f-accept")
	lea.click("#charter-accept")
	lea.expectHeading("fr", "Trouver un mentor")
	lea.fill("#f-study_programme", "Master Management")
	lea.fill("#f-study_year", "2")
	lea.fill("#f-city", "Lille")
	lea.choose("#f-area", "Nord")
	lea.click(`input[name="languages"][value="fr"]`)
	lea.click(`input[name="meeting_modes"][value="video"]`)
	lea.click(`input[name="development_areas"][value="` + w.tags["leadership"] + `"]`)
	lea.fill("#f-motivation", "Je veux apprendre à diriger une équipe.")
	lea.fill("#f-phone", "06 12 34 56 78")
	lea.click("#f-consent")
	lea.click("#apply-submit")
	lea.expectHeading("fr", "Mon mentorat")
	lea.expectText(".flash", "Nous avons bien reçu votre candidature")
	lea.expectText("#applications-heading + article", "Passerelle")

	lea.open("/programs/passerelle")
	lea.click("#browse-mentors")
	lea.expectHeading("fr", "Les mentors de Passerelle")
	lea.expectText("#directory-results .count", "Mentors trouvés : 3")
	lea.choose("#f-skill", w.tags["leadership"])
	lea.choose("#f-language", "fr")
	lea.click("#directory-search")
	lea.expectText("#directory-results .count", "Mentors trouvés : 1")
	lea.expectText(".mentor-card h2", "Ada Lindqvist")
	lea.expectAbsent("#directory-results", "Dee Durand")
	lea.click(".mentor-card h2 a")
	lea.expectHeading("fr", "Ada Lindqvist")
	lea.expectText(".profile", "Acme Robotics")
	lea.expectAbsent("main", "ada@example.org")
	lea.expectAbsent("main", "070 111 22 33")
	lea.fill("#f-message", "Bonjour Ada, j'aimerais apprendre à diriger une équipe avec vous.")
	lea.click("#invite-submit")
	lea.expectHeading("fr", "Mon mentorat")
	lea.expectText(".flash", "Votre invitation est envoyée")
	lea.expectText("#sent-heading + ul", "Ada Lindqvist")
	lea.expectAbsent("main", "ada@example.org")

	mentee := w.application(t, "lea", program)
	match := w.pairOf(t, mentee, w.apps["ada"])
	invitation := queuedMail(t, w.app, "invitation", "ada@example.org")
	if invitation.GetString("locale") != "sv" {
		t.Errorf("the invitation mail to the mentor is in %q, want sv", invitation.GetString("locale"))
	}

	ada := b.window()
	ada.signIn("ada@example.org", "/me", "sv", "Mitt mentorskap")
	ada.click(`#received-heading + ul a[href="/invitations/` + match.Id + `"]`)
	ada.expectHeading("sv", "Léa Martin vill ha dig som mentor")
	ada.expectText("#invitation-message", "diriger une équipe")
	ada.expectText(".score-badge", strconv.Itoa(match.GetInt("score"))+"/100")
	ada.expectAbsent("main", "lea@example.org")
	ada.click("#invitation-accept")
	ada.expectText(".flash", "Du har accepterat inbjudan")
	ada.expectText("#invitation-contacts", "lea@example.org")
	ada.expectText("#invitation-contacts", "06 12 34 56 78")

	lea.open("/me")
	lea.expectHeading("fr", "Mon mentorat")
	lea.expectText("#match-"+match.Id, "Ada Lindqvist")
	lea.expectText("#match-"+match.Id, "ada@example.org")
	lea.expectText("#match-"+match.Id, "070 111 22 33")
	accepted := queuedMail(t, w.app, "invitation_accepted", "lea@example.org")
	if accepted.GetString("locale") != "fr" {
		t.Errorf("the acceptance mail to the mentee is in %q, want fr", accepted.GetString("locale"))
	}
}

// TestJourneyLanguageOfBoostedPages: a visitor whose browser speaks English registers in
// French. The next page, sign-in, reads in French, so it must say so in <html lang> for
// screen readers: the forms that can change the language (register, sign in, account) load a
// whole page.
func TestJourneyLanguageOfBoostedPages(t *testing.T) {
	t.Parallel()
	b := startBrowser(t, newApp(t))
	visitor := b.window()
	visitor.open("/register")
	visitor.fill("#f-name", "Léa Martin")
	visitor.fill("#f-email", "lea@example.org")
	visitor.fill("#f-password", password)
	visitor.fill("#f-password_confirm", password)
	visitor.choose("#f-locale", "fr")
	visitor.click(`form[action="/register"] button[type=submit]`)
	visitor.expectHeading("fr", "Connexion")
}
