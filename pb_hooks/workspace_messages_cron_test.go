package pb_hooks_test

import (
	"testing"

	"github.com/mentorbase/mentorbase/apptest"
)

// The unread-messages reminder runs every five minutes once the hooks are bound.
func TestUnreadMessagesCronIsScheduled(t *testing.T) {
	app := apptest.New(t)
	for _, job := range app.Cron().Jobs() {
		if job.Id() == "mentorbase_unread_messages" {
			if got := job.Expression(); got != "*/5 * * * *" {
				t.Errorf("scheduled %q, want every five minutes", got)
			}
			return
		}
	}
	t.Error("no unread-messages job")
}
