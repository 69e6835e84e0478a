package mentoring_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/mentorbase/mentorbase/internal/i18n"
	messages "github.com/mentorbase/mentorbase/catalog"
)

// Every mentoring key the domain, the lifecycle hooks and the invitation mails they share with
// the REST API hooks (parity_mail.go) use exists in every language, also those built at run
// time from a status or a role.
func TestEveryMentoringKeyIsTranslated(t *testing.T) {
	literal := regexp.MustCompile(`"(mentoring\.[a-z_.]+[a-z_])"`)
	files, _ := filepath.Glob("*.go")
	hooks, _ := filepath.Glob("../pb_hooks/lifecycle*.go")
	shared, _ := filepath.Glob("../pb_hooks/parity_mail.go")
	keys := map[string]bool{}
	for _, file := range slices.Concat(files, hooks, shared) {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
			keys[m[1]] = true
		}
	}
	for _, status := range []string{"submitted", "approved"} {
		keys["mentoring.mail.received."+status] = true
	}
	for _, decision := range []string{"approved", "waitlisted", "rejected"} {
		keys["mentoring.mail.decision."+decision] = true
	}
	keys["mentoring.role.mentor"], keys["mentoring.role.mentee"] = true, true
	if len(keys) < 40 {
		t.Fatalf("found only %d keys: the scan is broken", len(keys))
	}
	for key := range keys {
		for _, locale := range i18n.Locales {
			if !messages.Catalog.Has(locale, key) {
				t.Errorf("%s lacks %q", locale, key)
			}
		}
	}
}
