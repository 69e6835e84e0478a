package icalcheck

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestParseOutputReadsWhatTheCheckersPrint(t *testing.T) {
	out := "METHOD REQUEST\n" +
		"EVENT m1@x 2031-03-30T18:30:00 Europe/Paris 2031-03-30T16:30:00Z 2 CANCELLED\n" +
		`DESC m1@x Agenda\nline two \\n literally` + "\n" +
		"EVENT d1@x 2031-06-30 DATE - - -\n" +
		"DESC d1@x \n"
	got := parseOutput("p", out, nil)
	want := []Event{
		{UID: "m1@x", Local: "2031-03-30T18:30:00", TZID: "Europe/Paris", UTC: "2031-03-30T16:30:00Z",
			Sequence: 2, Status: "CANCELLED", Description: "Agenda\nline two \\n literally"},
		{UID: "d1@x", Local: "2031-06-30", TZID: "DATE", UTC: "-", Sequence: -1},
	}
	if got.Method != "REQUEST" || len(got.Errors) > 0 || !reflect.DeepEqual(got.Events, want) {
		t.Errorf("got %+v\nwant events %+v", got, want)
	}
}

func TestParseOutputTurnsAnythingElseIntoErrors(t *testing.T) {
	for _, out := range []string{
		"ERROR VEVENT: Failed restriction check",
		"EVENT m1@x 2031-03-30T18:30:00 Europe/Paris",
		"EVENT m1@x 2031-03-30T18:30:00 Europe/Paris 2031-03-30T16:30:00Z one -",
		"DESC m1@x orphan description",
		"Traceback (most recent call last):",
	} {
		if r := parseOutput("p", out, nil); len(r.Errors) == 0 {
			t.Errorf("%q passed as %+v", out, r)
		}
	}
}

// broken is an invitation no strict parser may accept: its start names a zone the file does
// not describe, and it lacks the DTSTAMP and ORGANIZER that RFC 5546 requires.
const broken = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\n" +
	"BEGIN:VEVENT\r\nUID:broken@example.org\r\nDTSTART;TZID=Europe/Paris:20310330T183000\r\n" +
	"DTEND;TZID=Europe/Paris:20310330T193000\r\nSUMMARY:Broken\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

func TestEveryParserRejectsABrokenInvite(t *testing.T) {
	results, missing, err := run([]byte(broken))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if len(r.Errors) == 0 {
			t.Errorf("%s accepted a broken invite:\n%s", r.Parser, r.Output)
		}
	}
	if len(missing) > 0 {
		if os.Getenv("MENTORBASE_REQUIRE_TOOLS") == "1" {
			t.Fatal(strings.Join(missing, "; "))
		}
		t.Skip(strings.Join(missing, "; "))
	}
}
