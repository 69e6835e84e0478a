package calendar

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/emersion/go-ical"
)

func TestFeedHasEveryKindOfEntry(t *testing.T) {
	events := feedEvents(t)
	data, err := Feed("Mentoring — Anne", events)
	if err != nil {
		t.Fatal(err)
	}
	cal := decode(t, data)
	if cal.Props.Get(ical.PropMethod) != nil {
		t.Error("a feed has a METHOD, so clients would treat it as invitations")
	}
	if got := text(t, cal.Props, "X-WR-CALNAME"); got != "Mentoring — Anne" {
		t.Errorf("X-WR-CALNAME = %q", got)
	}
	if p := cal.Props.Get(ical.PropRefreshInterval); p == nil || p.Value != "PT1H" || p.Params.Get(ical.ParamValue) != "DURATION" {
		t.Errorf("REFRESH-INTERVAL = %+v", p)
	}
	var zones []string
	for _, c := range cal.Children {
		if c.Name == ical.CompTimezone {
			zones = append(zones, text(t, c.Props, ical.PropTimezoneID))
		}
	}
	if strings.Join(zones, ",") != "Europe/Paris,Europe/Stockholm" {
		t.Errorf("VTIMEZONEs %v, want one per zone used", zones)
	}
	got := cal.Events()
	if len(got) != len(events) {
		t.Fatalf("%d events, want %d", len(got), len(events))
	}
	for i, ev := range got {
		want := events[i]
		if uid := text(t, ev.Props, ical.PropUID); uid != want.UID {
			t.Errorf("event %d UID = %q, want %q", i, uid, want.UID)
		}
		if kind := text(t, ev.Props, ical.PropCategories); kind != want.Kind {
			t.Errorf("%s: CATEGORIES = %q, want %q", want.UID, kind, want.Kind)
		}
		if ev.Props.Get(ical.PropOrganizer) != nil || ev.Props.Get(ical.PropAttendee) != nil {
			t.Errorf("%s: a feed entry names people, so clients would ask for replies", want.UID)
		}
		start := ev.Props.Get(ical.PropDateTimeStart)
		if want.AllDay {
			end := ev.Props.Get(ical.PropDateTimeEnd)
			wantDay := want.Start.Format("20060102")
			if start.ValueType() != ical.ValueDate || start.Value != wantDay || end.Value != want.Start.AddDate(0, 0, 1).Format("20060102") {
				t.Errorf("%s: deadline DTSTART %+v DTEND %+v, want the all-day %s", want.UID, start, end, wantDay)
			}
			if text(t, ev.Props, ical.PropTransparency) != "TRANSPARENT" {
				t.Errorf("%s: a deadline blocks free time", want.UID)
			}
			continue
		}
		if at, err := ev.DateTimeStart(nil); err != nil || !at.Equal(want.Start) {
			t.Errorf("%s: DTSTART %v (%v), want %v", want.UID, at, err, want.Start)
		}
	}
}

func TestEmptyFeedIsAValidCalendar(t *testing.T) {
	data, err := Feed("Nothing yet", nil)
	if err != nil {
		t.Fatal(err)
	}
	cal := decode(t, data)
	if len(cal.Events()) != 0 || len(cal.Children) != 1 {
		t.Errorf("an empty feed has %d components, want only a UTC VTIMEZONE", len(cal.Children))
	}
}

func TestFoldKeepsCharactersWhole(t *testing.T) {
	for _, tc := range []struct {
		name, line string
	}{
		{"ASCII", strings.Repeat("a", 200)},
		{"two-octet letters", "DESCRIPTION:" + strings.Repeat("é", 100)},
		{"three-octet dash at the boundary", strings.Repeat("x", 74) + "—" + strings.Repeat("å", 40)},
		{"short", "SUMMARY:Fika"},
	} {
		folded := string(fold([]byte(tc.line + "\r\n")))
		lines := strings.Split(strings.TrimSuffix(folded, "\r\n"), "\r\n")
		var joined strings.Builder
		for i, l := range lines {
			if len(l) > maxLineOctets {
				t.Errorf("%s: line %d has %d octets", tc.name, i, len(l))
			}
			if i > 0 {
				if !strings.HasPrefix(l, " ") {
					t.Errorf("%s: continuation %q does not start with a space", tc.name, l)
				}
				l = l[1:]
			}
			if !utf8.ValidString(l) {
				t.Errorf("%s: line %d splits a character: %q", tc.name, i, l)
			}
			joined.WriteString(l)
		}
		if joined.String() != tc.line {
			t.Errorf("%s: unfolding gives %q", tc.name, joined.String())
		}
	}
}
