package ui_test

import (
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestJourneyImportApplicants drives Chromium through a French coordinator importing last
// year's Google Forms export: she uploads it, reads the two bad rows, puts the one column
// the guess missed where it belongs, skips the bad rows and imports; a second click on
// Import changes nothing; the applications list then shows the three waiting applicants.
func TestJourneyImportApplicants(t *testing.T) {
	t.Parallel()
	app := newApp(t)
	seedIntake(t, app)
	file, err := filepath.Abs(heldOutExport)
	if err != nil {
		t.Fatal(err)
	}
	b := startBrowser(t, app)
	c := b.window()
	c.signIn("coord@example.org", "/coordinate/lille/applications", "fr", "Candidatures à Mentorat Lille")
	c.click("#import-link")
	c.expectHeading("fr", "Importer des candidatures dans Mentorat Lille")
	c.do("choose the file", chromedp.SetUploadFiles(chromedp.CSS("#f-file"), []string{file}))
	c.click("#import-check")
	c.expectText("#import-summary", "5 lignes : 3 nouvelles candidatures (3 nouveaux comptes)")
	c.expectText("#import-problems", "« ines.martin[at]example.fr » n'est pas une adresse e-mail")
	c.expectText("#import-problems", "« Rhône » n'est pas une des zones du programme")
	c.choose("#f-map-9", "meeting_modes")
	c.click("#f-skip")
	c.click("#import-run")
	c.expectText(".flash", "Import terminé. 3 nouvelles candidatures")
	c.click("#import-run")
	c.expectText(".flash", "Rien n'a changé")
	c.click("#import-waiting a")
	c.expectText("#review-count", "Candidatures trouvées : 3")
	// The import page and the list with its bulk decision reflow at 320 px in the three
	// languages and pass axe-core (a11y_browser_test.go).
	c.checkReflow("/coordinate/lille/import", "/coordinate/lille/applications?incomplete=1")
}
