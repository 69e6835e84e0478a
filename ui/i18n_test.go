package ui_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/csvimport"
	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
	"github.com/mentorbase/mentorbase/workspace"
)

// TestEveryLanguageHasTheSameKeys: no string is missing from a language, and no language keeps
// a key the others dropped.
func TestEveryLanguageHasTheSameKeys(t *testing.T) {
	t.Parallel()
	english := messages.Catalog.Keys("en")
	if len(english) == 0 {
		t.Fatal("the English catalog is empty")
	}
	for _, locale := range i18n.Locales[1:] {
		keys := messages.Catalog.Keys(locale)
		for _, k := range english {
			if !slices.Contains(keys, k) {
				t.Errorf("%s.json lacks %q", locale, k)
			}
		}
		for _, k := range keys {
			if !slices.Contains(english, k) {
				t.Errorf("%s.json has %q, which en.json does not", locale, k)
			}
		}
	}
}

// TestPlaceholdersMatchAcrossLanguages: a translation uses exactly the {placeholders} of the
// English message, so no value is lost or left as a literal "{name}".
func TestPlaceholdersMatchAcrossLanguages(t *testing.T) {
	t.Parallel()
	for _, key := range messages.Catalog.Keys("en") {
		want := i18n.Placeholders(messages.Catalog.T("en", key))
		for _, locale := range i18n.Locales[1:] {
			got := i18n.Placeholders(messages.Catalog.T(locale, key))
			if !slices.Equal(got, want) {
				t.Errorf("%s %q has placeholders %v, en has %v", locale, key, got, want)
			}
		}
	}
}

var (
	templateKey = regexp.MustCompile(`\bt\s+"([^"]+)"`)
	goLiteral   = regexp.MustCompile(`"([a-z_]+(?:\.[a-z0-9_]+)+)"`)
	dynamicKey  = regexp.MustCompile(`printf\s+"([a-z_.]+)\.%s"`)
)

// dynamicValues are the values of the keys templates build with printf "prefix.%s".
var dynamicValues = map[string][]string{
	"agreement.frequency": kernel.AgreementFrequencies,
	"meeting.mode":        kernel.MeetingModes,
	"events.kind":         kernel.EventKinds,
	"events.audience":     kernel.EventAudiences,
	"intake.field":        csvimport.Fields,
	"cohortmail.ready":    workspace.ReadyTexts,
	"cohortmail.segment":  kernel.Segments,
	"cohortmail.status":   {outbox.OutboxPending, outbox.OutboxSent, outbox.OutboxFailed},
}

// TestEveryUsedKeyExists scans the templates for {{t "key"}} and every Go file of the module
// (every layer writes messages or letters) for key literals, and checks each is in the catalog.
// Keys built at run time ("phase.%s", "lang.%s", a mail per status) are checked for every
// value they can take.
func TestEveryUsedKeyExists(t *testing.T) {
	t.Parallel()
	namespaces := map[string]bool{}
	for _, k := range messages.Catalog.Keys("en") {
		namespaces[strings.Split(k, ".")[0]] = true
	}
	used := map[string]string{} // key → file
	templates, _ := filepath.Glob("templates/*.html")
	partials, _ := filepath.Glob("templates/partials/*.html")
	for _, file := range append(templates, partials...) {
		src := readFile(t, file)
		for _, m := range templateKey.FindAllStringSubmatch(src, -1) {
			used[m[1]] = file
		}
		for _, m := range dynamicKey.FindAllStringSubmatch(src, -1) {
			values, known := dynamicValues[m[1]]
			if !known && m[1] != "phase" && m[1] != "lang" {
				t.Errorf("%s builds keys %q.*: add its values to this test", file, m[1])
			}
			for _, v := range values {
				used[m[1]+"."+v] = file
			}
		}
	}
	for _, file := range moduleGoFiles(t) {
		for _, m := range goLiteral.FindAllStringSubmatch(readFile(t, file), -1) {
			if namespaces[strings.Split(m[1], ".")[0]] {
				used[m[1]] = file
			}
		}
	}
	for _, status := range []string{"submitted", "approved"} {
		used["mentoring.mail.received."+status] = "mentoring/mails.go"
	}
	for _, decision := range []string{"approved", "waitlisted", "rejected"} {
		used["mentoring.mail.decision."+decision] = "mentoring/mails.go"
	}
	used["mentoring.role.mentor"], used["mentoring.role.mentee"] = "mentoring", "mentoring"
	for _, kind := range []string{"event_announced", "event_updated", "event_cancelled", "event_withdrawn"} {
		used["events.mail."+kind+".subject"], used["events.mail."+kind+".body"] = "workspace/event_mail.go", "workspace/event_mail.go"
	}
	for _, kind := range kernel.EventKinds {
		used["events.kind."+kind] = "ui/event_list.go"
	}
	for _, audience := range kernel.EventAudiences {
		used["events.audience."+audience] = "ui/event_list.go"
	}
	for _, phase := range []string{"draft", "upcoming", "applications", "matching", "running", "closed"} {
		used["phase."+phase] = "program_phase.go"
	}
	for _, locale := range i18n.Locales {
		used["lang."+locale] = "partials/switcher.html"
	}
	if len(used) < 50 {
		t.Fatalf("found only %d keys in use: the scan is broken", len(used))
	}
	for key, file := range used {
		for _, locale := range i18n.Locales {
			if !messages.Catalog.Has(locale, key) {
				t.Errorf("%s uses %q, missing from %s.json", file, key, locale)
			}
		}
	}
}

// moduleGoFiles lists the module's Go files, tests and migrations left out.
func moduleGoFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != ".." || d.Name() == "pb_migrations"):
			return filepath.SkipDir // migrations hold API rules ("match.program"), no messages
		case !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go"):
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// frenchTightPunctuation finds a colon, semicolon, question or exclamation mark glued to the
// word before it, which French separates with a space; a colon between digits (17:00) or
// before // (https://) is not one.
var frenchTightPunctuation = regexp.MustCompile(`[^\s\x{a0}\x{202f}(«{]([;?!]|:[^/\d])|[^\s\x{a0}\x{202f}\d(«{]:(\d|$)|[^\s\x{a0}\x{202f}(«{][;:?!]$`)

// TestFrenchSpacesBeforeHighPunctuation: every French text puts a space before ":", ";", "?"
// and "!" (the audit found "compétences: rien en commun" and "Ordre du jour:").
func TestFrenchSpacesBeforeHighPunctuation(t *testing.T) {
	t.Parallel()
	for _, key := range messages.Catalog.Keys("fr") {
		if text := messages.Catalog.T("fr", key); frenchTightPunctuation.MatchString(text) {
			t.Errorf("fr %q: %q has no space before %q", key, text, frenchTightPunctuation.FindString(text))
		}
	}
}
