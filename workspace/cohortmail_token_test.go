package workspace_test

import (
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// The later of two posts of one form is refused by the token's unique index, which is read as
// "already sent"; a refusal of the mail itself (nobody to send to) is not.
func TestCohortMailTokenClashIsTheSameMail(t *testing.T) {
	t.Parallel()
	app := apptest.New(t)
	b := apptest.Build(t, app)
	program := b.Programme("duo", "Duo", map[string]any{"published": true})
	b.Record(kernel.CollectionApplications, map[string]any{"program": program.Id, "user": b.Person("ana@example.org", "Ana", "en").Id,
		"role": kernel.RoleMentor, "status": kernel.ApplicationApproved})
	draft := workspace.CohortDraft{Token: "form-1", Segment: workspace.Segment{Kind: kernel.SegmentMentors},
		Texts: map[string]workspace.CohortText{"en": {Subject: "Hello", Body: "Hi"}}}
	if sent, again, err := workspace.SendCohortMail(app, program, "", draft, time.Now()); sent != 1 || again || err != nil {
		t.Fatalf("first post: sent %d, again %v, %v", sent, again, err)
	}
	_, err := workspace.SaveCohortMail(app, program, "", draft, 1)
	if !kernel.NotUnique(err, "token") {
		t.Errorf("the second save of the token: %v, want the unique index's refusal", err)
	}
	draft.Token, draft.Segment.Kind = "form-2", kernel.SegmentWaitlisted
	sent, again, err := workspace.SendCohortMail(app, program, "", draft, time.Now())
	if sent != 0 || again || kernel.NotUnique(err, "token") || err == nil {
		t.Errorf("a mail to nobody: sent %d, again %v, %v; want refused", sent, again, err)
	}
}
