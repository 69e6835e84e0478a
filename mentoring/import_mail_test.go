package mentoring_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// The letters an import queues together are those its applications' hook writes: a known
// person, found whatever case the file writes her address in, is asked to confirm on her
// application's page; a new one gets a link that sets the password of her new account; both
// answer to the programme's contact.
func TestImportLettersReachEachPersonWithTheirLink(t *testing.T) {
	t.Parallel()
	f := world(t, "intake", seedIntake)
	program := f.Update(f.find(kernel.CollectionPrograms, "slug", "intake"), map[string]any{"contact_email": "contact@intake.example"})
	bo := f.Person("Bo.Berg@Example.org", "Bo Berg", "sv")
	data := "Email,Name,Motivation\nbo.berg@example.org,Bo Berg,Jag vill lära\nnew@example.org,Nadia Ek,To learn\n"
	if report := importFile(t, f, []byte(data), false); report.Created != 2 || report.NewAccounts != 1 {
		t.Fatalf("import: %+v", report)
	}

	known, err := f.app.FindFirstRecordByData(kernel.CollectionOutbox, "to", bo.Email())
	if err != nil {
		t.Fatalf("no letter to the known person: %v", err)
	}
	application := f.applicationOf(bo, program)
	if !strings.Contains(known.GetString("text"), "/applications/"+application.Id+"/edit") || known.GetString("locale") != "sv" {
		t.Errorf("letter to the known person (%s): %s", known.GetString("locale"), known.GetString("text"))
	}

	fresh, err := f.app.FindFirstRecordByData(kernel.CollectionOutbox, "to", "new@example.org")
	if err != nil {
		t.Fatalf("no letter to the new person: %v", err)
	}
	token := regexp.MustCompile(`/reset-password/([^\s"<]+)`).FindStringSubmatch(fresh.GetString("text"))
	if token == nil {
		t.Fatalf("the new person's letter has no link to set a password: %s", fresh.GetString("text"))
	}
	account, err := f.app.FindAuthRecordByToken(token[1], core.TokenTypePasswordReset)
	if err != nil || account.Email() != "new@example.org" {
		t.Errorf("the link's token opens %v (%v), want the new account", account, err)
	}
	for _, letter := range []*core.Record{known, fresh} {
		if letter.GetString("kind") != mentoring.ImportedKind || letter.GetString("reply_to") != "contact@intake.example" ||
			letter.GetString("related_collection") != kernel.CollectionApplications || letter.GetString("html") == "" {
			t.Errorf("letter to %s: kind %q, reply-to %q, related %q", letter.GetString("to"), letter.GetString("kind"),
				letter.GetString("reply_to"), letter.GetString("related_collection"))
		}
	}
}
