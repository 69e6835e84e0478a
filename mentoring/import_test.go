package mentoring_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/mentorbase/mentorbase/internal/csvimport"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// seedIntake is a programme taking mentees in two areas, with the interests the generated
// exports name, in three languages, and one person already known.
func seedIntake(f *fixture) {
	f.Programme("intake", "Intake mentoring", map[string]any{"languages": []string{"fr", "en", "sv"},
		"areas": []string{"Nord", "Île-de-France"}, "published": true})
	f.Tag(kernel.TagInterest, "music", "Music", map[string]any{"label_fr": "Musique", "label_sv": "Musik"})
	f.Tag(kernel.TagInterest, "sport", "Sport, outdoor life", map[string]any{"label_fr": "Sport, plein air", "label_sv": "Sport, friluftsliv"})
	f.Person("zoe@example.org", "Zoë O'Neil", "en")
}

// importFile reads data and imports it into the intake programme as mentees with the mapping
// the programme proposes.
func importFile(t *testing.T, f *fixture, data []byte, dryRun bool) mentoring.ImportReport {
	t.Helper()
	table, err := csvimport.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	program := f.find(kernel.CollectionPrograms, "slug", "intake")
	mapping, _ := mentoring.ImportMapping(program, table.Header)
	report, err := mentoring.Import(f.app, program, mentoring.ImportInput{Table: table, Role: kernel.RoleMentee, Mapping: mapping, DryRun: dryRun})
	if err != nil {
		t.Fatalf("import: %v (mapping %q)", err, mapping)
	}
	return report
}

// Every generated export, whatever its tool, language, separator and encoding, imports the
// same three people with the same answers, an unknown interest reported; the known person
// keeps her account, the two new ones get one; each is asked once by letter to confirm, the
// new ones in the export's language; and a second import of the same file changes nothing.
func TestImportReadsEveryExportOfTheFamily(t *testing.T) {
	t.Parallel()
	for _, spec := range family() {
		t.Run(spec.String(), func(t *testing.T) {
			t.Parallel()
			f := world(t, "intake", seedIntake)
			data := export(spec)
			dry := importFile(t, f, data, true)
			if dry.Written || dry.Created != 3 || dry.NewAccounts != 2 || dry.Invalid != 0 {
				t.Fatalf("dry run: %+v", dry)
			}
			if n, _ := f.app.CountRecords(kernel.CollectionApplications); n != 0 {
				t.Fatalf("a dry run wrote %d applications", n)
			}
			report := importFile(t, f, data, false)
			if !report.Written || report.Created != 3 || report.NewAccounts != 2 {
				t.Fatalf("import: %+v", report)
			}
			if !slices.ContainsFunc(report.Problems, func(p mentoring.ImportProblem) bool {
				return p.Warning && p.Code == mentoring.CodeImportUnknown && p.Args[1] == "Knitting" && p.Row == 3
			}) {
				t.Errorf("the unknown interest is not reported on row 3: %+v", report.Problems)
			}
			checkImported(t, f, spec.lang)
			again := importFile(t, f, data, false)
			if again.Created+again.Updated != 0 || again.Unchanged != 3 {
				t.Errorf("second import: %+v", again)
			}
			if n, _ := f.app.CountRecords(kernel.CollectionOutbox); n != 3 {
				t.Errorf("%d letters queued, want one per application", n)
			}
		})
	}
}

// checkImported checks the answers of the first person of the generated exports and the
// letter to the second.
func checkImported(t *testing.T, f *fixture, lang string) {
	t.Helper()
	elodie := f.find(kernel.CollectionUsers, "email", "elodie@example.org")
	a := f.applicationOf(elodie, f.find(kernel.CollectionPrograms, "slug", "intake"))
	music := f.find(kernel.CollectionTags, "key", "music").Id
	sport := f.find(kernel.CollectionTags, "key", "sport").Id
	got := []any{elodie.GetString("name"), a.GetString("status"), a.GetString("city"), a.GetString("area"), a.GetInt("study_year"),
		a.GetStringSlice("languages"), a.GetStringSlice("meeting_modes"), a.GetStringSlice("interests"), a.GetString("motivation"), a.GetBool("consent")}
	want := []any{"Élodie Marchand", kernel.ApplicationImported, "Lille", "Nord", 2, []string{"fr", "en"}, []string{"in_person", "video"},
		[]string{music, sport}, "J'aime apprendre.\nJe veux rencontrer\ndes professionnels.", false}
	for i := range want {
		if w, ok := want[i].([]string); ok && slices.Equal(w, got[i].([]string)) || !ok && want[i] == got[i] {
			continue
		}
		t.Errorf("answer %d = %#v, want %#v", i, got[i], want[i])
	}
	asa := f.find(kernel.CollectionUsers, "email", "asa@example.org")
	if asa.Verified() || asa.GetString("locale") != lang {
		t.Errorf("new account verified %v, locale %q, want unverified in %q", asa.Verified(), asa.GetString("locale"), lang)
	}
	letter, err := f.app.FindFirstRecordByData(kernel.CollectionOutbox, "to", "asa@example.org")
	if err != nil || letter.GetString("kind") != mentoring.ImportedKind || letter.GetString("locale") != lang {
		t.Errorf("letter to Åsa: %v %v", letter, err)
	}
}

// What the schema would refuse is a problem of its row, found before anything is saved
// (rows are saved unvalidated): a text too long, a number out of range, an area the
// programme does not have, an address given twice. A mentor's question in a mentee import
// is not read at all.
func TestImportReportsWhatTheSchemaRefuses(t *testing.T) {
	t.Parallel()
	f := world(t, "intake", seedIntake)
	long := strings.Repeat("x", 5001)
	data := "Email,Name,Motivation,Year of study,Area,Willing to mentor in English\n" +
		"a@example.org,A," + long + ",2,Nord,yes\n" +
		"b@example.org,B,ok,12,Nord,yes\n" +
		"c@example.org,C,ok,1,Mars,maybe\n" +
		"a@example.org,A again,ok,1,Nord,no\n"
	report := importFile(t, f, []byte(data), false)
	var got []string
	for _, p := range report.Problems {
		got = append(got, fmt.Sprintf("%d %s %s", p.Row, p.Column, p.Code))
	}
	want := []string{"2 Motivation " + mentoring.CodeImportTooLong, "3 Year of study " + mentoring.CodeImportNumber,
		"4 Area " + mentoring.CodeImportArea, "5 Email " + mentoring.CodeImportDuplicate}
	if !slices.Equal(got, want) || report.Written || report.Invalid != 4 {
		t.Errorf("problems %q, written %v, invalid %d; want %q", got, report.Written, report.Invalid, want)
	}
}
