package ui

import (
	"testing"

	"github.com/mentorbase/mentorbase/internal/i18n"
)

// TestTemplatesParse parses every page template in every language, as Register does, so a
// broken template fails here with its file and line.
func TestTemplatesParse(t *testing.T) {
	t.Parallel()
	assets, err := loadAssets()
	if err != nil {
		t.Fatal(err)
	}
	set, err := parseTemplates(assets)
	if err != nil {
		t.Fatal(err)
	}
	for _, locale := range i18n.Locales {
		for _, name := range []string{"home_show", "program_show", "account_new", "session_new",
			"password_forgot", "password_edit", "verification_show", "account_edit", "guide_list",
			"guide_show", "error_show"} {
			if set[locale][name] == nil {
				t.Errorf("%s: page template %s is missing", locale, name)
			}
		}
	}
}

func TestAssetURLsCarryTheContentHash(t *testing.T) {
	t.Parallel()
	assets, err := loadAssets()
	if err != nil {
		t.Fatal(err)
	}
	url, err := assets.url("app.css")
	if err != nil || len(url) != len("/static/app.css?v=")+12 {
		t.Errorf("asset url = %q, %v", url, err)
	}
	if _, err := assets.url("missing.css"); err == nil {
		t.Error("an unknown asset must be an error")
	}
}
