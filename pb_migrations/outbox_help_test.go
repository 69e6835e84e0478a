package pb_migrations_test

import (
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
)

// The dashboard cannot show a banner: the outbox's own fields tell a superuser that without
// SMTP mail is queued and not sent, and where to read what would have gone out.
func TestTheOutboxSaysMailWaitsWithoutSMTP(t *testing.T) {
	app := apptest.New(t)
	outbox, err := app.FindCollectionByNameOrId("outbox")
	if err != nil {
		t.Fatal(err)
	}
	status, _ := outbox.Fields.GetByName("status").(*core.SelectField)
	lastError, _ := outbox.Fields.GetByName("last_error").(*core.TextField)
	if status == nil || lastError == nil {
		t.Fatal("outbox has no status select or last_error text field")
	}
	for _, want := range []string{"Without an SMTP server", "not sent", "Settings → Mail settings", "what would have gone out"} {
		if !strings.Contains(status.Help, want) {
			t.Errorf("status help %q does not say %q", status.Help, want)
		}
	}
	if !strings.Contains(lastError.Help, "no SMTP server is set") {
		t.Errorf("last_error help %q does not explain the sendmail error", lastError.Help)
	}
}
