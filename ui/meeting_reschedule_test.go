package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

// meetinga (match_seed_test.go) is proposed by marie for 2031-05-06 18:00 in Paris, an hour
// by phone. Its edit form on the match page changes the time, the place or the agenda.
func TestAMemberChangesAMeetingsAgendaOrTimeFromTheMatchPage(t *testing.T) {
	t.Parallel()
	at := func(clock, agenda string) []string {
		return []string{"date", "2031-05-06", "time", clock, "duration", "60", "mode", "phone", "agenda", agenda}
	}
	edits := []struct {
		name, clock, agenda      string
		status, proposedBy, kind string
		flash                    string
		sequence                 int
	}{
		{name: "a new agenda alone: still proposed by marie, one update each", clock: "18:00", agenda: "Mock interview",
			status: "proposed", proposedBy: "marie", kind: "meeting_updated", flash: "flash.meeting_updated", sequence: 1},
		{name: "a new time: proposed again by sven, rescheduled", clock: "19:00", agenda: "Agenda of pair a",
			status: "proposed", proposedBy: "sven", kind: "meeting_rescheduled", flash: "flash.meeting_rescheduled", sequence: 1},
	}
	for _, edit := range edits {
		headers, factory := as(seedPairs, "sven")
		s := tests.ApiScenario{Name: edit.name, Method: http.MethodPost, URL: "/meetings/" + wid("meetinga") + "/reschedule",
			Body: form(true, at(edit.clock, edit.agenda)...), Headers: headers, TestAppFactory: factory, ExpectedStatus: 303}
		s.AfterTestFunc = func(t testing.TB, app *tests.TestApp, res *http.Response) {
			if cookies := strings.Join(res.Header.Values("Set-Cookie"), "; "); !strings.Contains(cookies, "="+edit.flash+";") {
				t.Errorf("notice cookie %q, want %s", cookies, edit.flash)
			}
			m, err := app.FindRecordById("meetings", wid("meetinga"))
			if err != nil {
				t.Fatal(err)
			}
			if m.GetString("status") != edit.status || m.GetInt("sequence") != edit.sequence ||
				m.GetString("proposed_by") != wid(edit.proposedBy) || m.GetString("agenda") != edit.agenda {
				t.Errorf("meeting: %s, sequence %d, proposed by %s, agenda %q", m.GetString("status"),
					m.GetInt("sequence"), m.GetString("proposed_by"), m.GetString("agenda"))
			}
			for _, kind := range []string{"meeting_updated", "meeting_rescheduled"} {
				expectInvites(t, app, kind, kind == edit.kind, "SEQUENCE:1", "DESCRIPTION:"+edit.agenda)
			}
		}
		s.Test(t)
	}
	headers, factory := as(seedPairs, "sven")
	(&tests.ApiScenario{Name: "the match page offers the agenda in the edit form", Method: http.MethodGet,
		URL: "/matches/" + wid("matcha"), Headers: headers, TestAppFactory: factory, ExpectedStatus: 200,
		ExpectedContent: []string{`action="/meetings/` + wid("meetinga") + `/reschedule"`,
			`<textarea id="agenda-` + wid("meetinga") + `" name="agenda" rows="3">Agenda of pair a</textarea>`,
			"Change the time, place or agenda"}}).Test(t)
}

// expectInvites checks that marie and sven each got one invite of kind about meetinga holding
// all of ics, when sent, and none otherwise.
func expectInvites(t testing.TB, app core.App, kind string, sent bool, ics ...string) {
	t.Helper()
	mails, err := app.FindAllRecords("outbox", dbx.HashExp{"kind": kind, "related_id": wid("meetinga")})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	if sent {
		want = map[string]bool{"marie@example.org": true, "sven@example.org": true}
	}
	if len(mails) != len(want) {
		t.Errorf("%d %s mails, want %d", len(mails), kind, len(want))
	}
	for _, m := range mails {
		if !want[m.GetString("to")] {
			t.Errorf("unexpected %s mail to %s", kind, m.GetString("to"))
		}
		for _, s := range ics {
			if text := strings.ReplaceAll(m.GetString("ics"), "\r\n ", ""); !strings.Contains(text, s) {
				t.Errorf("%s to %s lacks %q:\n%s", kind, m.GetString("to"), s, text)
			}
		}
	}
}
