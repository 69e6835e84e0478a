package ui_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// /me's next step follows the pair's meetings: a meeting to come, then none (plan your first
// meeting), then one held (plan the next: it used to keep saying "plan your first meeting"),
// and a closing warning before all of them.
func TestMeSaysWhatComesAfterTheFirstMeeting(t *testing.T) {
	t.Parallel()
	app := seedPairs(t)
	b := apptest.Build(t, app)
	agreed := kernel.Agreement{Frequency: "monthly", Modes: []string{kernel.ModeVideo}}
	agreed.Confirm(kernel.RoleMentor, time.Now())
	agreed.Confirm(kernel.RoleMentee, time.Now())
	b.Update(record(t, app, "matches", wid("matcha")), map[string]any{"agreement": agreed})
	handler := newHandler(t, app)
	me := func(step string, want, notWant []string) {
		t.Helper()
		res := do(handler, http.MethodGet, "/me", nil, map[string]string{"Cookie": cookies(t, record(t, app, "users", wid("sven")))})
		if res.Code != http.StatusOK {
			t.Fatalf("%s: /me answered %d", step, res.Code)
		}
		checkPage(t, step, res.Body.String(), want, notWant)
	}
	first := say("en", "me.step.meet_partner")
	me("a meeting proposed for 2031", []string{say("en", "meetingfaults.step.coming"), `href="/matches/` + wid("matcha") + `#meetings"`},
		[]string{first})
	if err := workspace.CancelMeeting(app, wid("marie"), wid("meetinga")); err != nil {
		t.Fatal(err)
	}
	me("the meeting cancelled: none yet", []string{first}, []string{say("en", "meetingfaults.step.coming")})
	held := b.Meeting(wid("matcha"), wid("marie"), time.Now().AddDate(0, 0, -3), kernel.MeetingConfirmed)
	b.Update(held, map[string]any{"status": kernel.MeetingHeld, "minutes_spent": 60})
	me("a meeting held", []string{say("en", "meetingfaults.step.meet_again"), `href="/matches/` + wid("matcha") + `#propose"`},
		[]string{first})
	stamp := time.Now().UTC()
	if _, err := app.DB().NewQuery("UPDATE matches SET closing_warned_at = {:at}, drift_nudged_at = {:at} WHERE id = {:id}").
		Bind(map[string]any{"at": stamp.Format("2006-01-02 15:04:05.000Z"), "id": wid("matcha")}).Execute(); err != nil {
		t.Fatal(err)
	}
	program, err := app.FindFirstRecordByData("programs", "slug", "alumni")
	if err != nil {
		t.Fatal(err)
	}
	until := stamp.Add(workspace.ClosingWarning).In(kernel.ProgramZone(program)).Format(time.DateOnly)
	me("offered closing", []string{say("en", "closing.me.warned", "date", until), `href="/matches/` + wid("matcha") + `#closing"`},
		[]string{say("en", "meetingfaults.step.meet_again")})
}
