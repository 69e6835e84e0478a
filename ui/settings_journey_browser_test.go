package ui_test

import (
	"testing"
	"time"
)

// TestJourneyProgrammeSetUpInThePortal drives Chromium through a coordinator who first sees
// a must-have's effect on a running programme's applicants live, then sets up a new
// programme without the dashboard: texts in three languages, dates typed on Stockholm's
// clock, an area, criteria with their live preview, the charter, publishing, and the kickoff
// event with its title in three languages. A Swedish visitor reads it all in Swedish at the
// local times typed; a French one reads the French texts and the French kickoff.
func TestJourneyProgrammeSetUpInThePortal(t *testing.T) {
	t.Parallel()
	w := seedJourney(t)
	w.person(t, "sven", "Sven Samordnare", "sv", "")
	alumni := w.program(t, "alumni", "Alumni", "coordinated", "sven")
	for _, a := range [][3]string{{"liv", "mentor", "Nord"}, {"nils", "mentee", "Nord"}, {"ola", "mentee", "Île-de-France"}} {
		w.person(t, a[0], a[0], "sv", "")
		w.applied(t, a[0], alumni, a[1], map[string]any{"area": a[2], "languages": []string{"sv"}})
	}
	b := startBrowser(t, w.app)

	// The preview follows the boxes as they are ticked, before anything is saved.
	c := b.window()
	c.signIn("sven@example.org", "/coordinate/alumni/settings/criteria", "sv", "Matchningskriterier")
	c.expectText("#preview-unmatched", "Adepter utan någon möjlig mentor: 0")
	c.click("#f-must-area")
	c.expectText("#preview-unmatched", "Adepter utan någon möjlig mentor: 1")
	c.expectPath("/coordinate/alumni/settings/criteria")

	c.open("/coordinate/new")
	c.expectHeading("sv", "Nytt program")
	c.fill("#f-name", "Mentorskap 2031")
	c.fill("#f-slug", "mentorskap-2031")
	c.choose("#f-language", "sv")
	c.fill("#f-timezone", "Europe/Stockholm")
	c.click("#program-create")
	c.expectHeading("sv", "Programinställningar")
	c.expectText(".flash", "Programmet är skapat")

	c.click(`#f-languages-fr`)
	c.click(`#f-languages-en`)
	for _, f := range [][2]string{
		{"#f-summary_sv", "Ett år med en mentor i Stockholm."}, {"#f-description_sv", "Vi träffas **varje månad**."},
		{"#f-name_en", "Mentoring 2031"}, {"#f-summary_en", "A year with a mentor in Stockholm."},
		{"#f-name_fr", "Mentorat 2031"}, {"#f-summary_fr", "Une année avec un mentor à Stockholm."},
		{"#f-description_fr", "On se voit **chaque mois**."},
		{"#f-applications_open_at", "2030-12-01T09:00"}, {"#f-applications_close_at", "2031-02-10T17:30"},
		{"#f-starts_at", "2031-03-01T17:30"}, {"#f-midpoint_at", "2031-06-15T17:30"}, {"#f-ends_at", "2031-10-01T17:30"},
		{`input[name="area_key"]`, "Stockholm"}, {`input[name="area_fr"]`, "Stockholm (Suède)"},
	} {
		c.fill(f[0], f[1])
	}
	c.click("#f-published")
	c.click("#settings-save")
	c.expectText(".flash", "Inställningarna är sparade.")

	c.click(`a[href="/coordinate/mentorskap-2031/settings/criteria"]`)
	c.expectHeading("sv", "Matchningskriterier")
	c.fill("#f-weight_area", "5")
	c.click("#f-must-area")
	c.expectText("#preview-unmatched", "Adepter utan någon möjlig mentor: 0")
	c.click("#criteria-save")
	c.expectText(".flash", "Inställningarna är sparade.")

	c.click(`a[href="/coordinate/mentorskap-2031/settings/charter"]`)
	c.expectHeading("sv", "Överenskommelse")
	c.fill("#f-body_sv", "Vi ses varje månad.")
	c.fill("#f-body_fr", "On se voit chaque mois.")
	c.fill("#f-body_en", "We meet every month.")
	c.click("#charter-publish")
	c.expectText(".flash", "Den nya överenskommelsen är publicerad")

	c.click("#settings-nav-events")
	c.expectHeading("sv", "Evenemang i Mentorskap 2031")
	c.click("#event-new")
	c.expectHeading("sv", "Nytt evenemang")
	c.choose("#f-kind", "kickoff")
	c.click("#f-audience-all")
	for _, f := range [][2]string{
		{"#f-starts_at", "2031-03-01T17:30"}, {"#f-ends_at", "2031-03-01T19:30"}, {"#f-location", "Kulturhuset"},
		{"#f-title_sv", "Startträff"}, {"#f-description_sv", "Vi börjar **tillsammans**."},
		{"#f-title_fr", "Soirée de lancement"}, {"#f-title_en", "Kickoff evening"},
	} {
		c.fill(f[0], f[1])
	}
	c.click("#event-save")
	c.expectText("#events-table", "Startträff")
	c.expectText("#events-table", "2031-03-01 17:30")

	program := programNamed(t, w.app, "mentorskap-2031")
	stockholm, _ := time.LoadLocation("Europe/Stockholm")
	if got := program.GetDateTime("applications_close_at").Time(); !got.Equal(time.Date(2031, 2, 10, 17, 30, 0, 0, stockholm)) {
		t.Errorf("applications close at %s", got)
	}
	if got := program.GetString("criteria"); got != `{"weights":{"area":5,"development_areas":3,"english":1,"industry":2,"interests":1,"job_function":1,"languages":2,"meeting_modes":1},"must":["languages","area"]}` {
		t.Errorf("criteria %s", got)
	}

	swede := b.window()
	swede.open("/programs/mentorskap-2031")
	swede.switchTo("sv")
	swede.expectHeading("sv", "Mentorskap 2031")
	swede.expectText(".lead", "Ett år med en mentor i Stockholm.")
	swede.expectText(".steps", "2031-02-10 17:30 – 2031-03-01 17:30")
	swede.expectText(".steps", "2031-06-15 17:30")
	swede.expectText("#program-zone", "Europe/Stockholm")
	swede.expectText("#events h3", "Startträff")
	swede.expectText("#events .meta", "2031-03-01 17:30")
	swede.expectText("#events .meta", "Kulturhuset")

	french := b.window()
	french.open("/programs/mentorskap-2031")
	french.switchTo("fr")
	french.expectHeading("fr", "Mentorat 2031")
	french.expectText(".lead", "Une année avec un mentor à Stockholm.")
	french.expectText(".prose strong", "chaque mois")
	french.expectText("#events h3", "Soirée de lancement")
	french.expectText("#events .meta", "2031-03-01 17:30")
}
