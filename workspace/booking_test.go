package workspace_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// tuesday is 17:00 in Paris on the first Tuesday at least two days ahead, plus minutes.
func tuesday(t *testing.T, minutes int) time.Time {
	day := time.Now().In(paris(t)).AddDate(0, 0, 2)
	for day.Weekday() != time.Tuesday {
		day = day.AddDate(0, 0, 1)
	}
	return time.Date(day.Year(), day.Month(), day.Day(), 17, minutes, 0, 0, paris(t))
}

// offerTuesdays gives the mentor of w Tuesdays 17–19 in Paris, with a free/busy address.
func offerTuesdays(t *testing.T, w *pairWorld, freeBusy string) {
	h, err := workspace.ParseHoursForm(map[string]string{"timezone": "Europe/Paris", "slot_minutes": "60", "tue": "17–19", "freebusy_url": freeBusy})
	if err != nil {
		t.Fatal(err)
	}
	if err := workspace.SaveHours(w.app, w.mentor.Id, h); err != nil {
		t.Fatal(err)
	}
}

// offered reports whether the offer has a slot starting at start.
func offered(offer *workspace.Offer, start time.Time) bool {
	for _, s := range offer.Slots {
		if s.Start.Equal(start) {
			return true
		}
	}
	return false
}

// Two mentees of one mentor book the same slot at once: one meeting, and the other is told
// the slot was taken.
func TestTwoBookingsOfOneSlotMakeOneMeeting(t *testing.T) {
	w := newPairWorld(t)
	offerTuesdays(t, w, "")
	mentorApp, err := w.app.FindRecordById("applications", w.match.GetString("mentor"))
	if err != nil {
		t.Fatal(err)
	}
	w.Update(mentorApp, map[string]any{"capacity": 3})
	other := w.Person("other@example.org", "Otto Mentee", "en")
	otherPair := w.Pair(w.program.Id, mentorApp.Id, w.Application(w.program.Id, other.Id, "mentee", "approved").Id, "active")
	bookers := []struct{ user, match string }{{w.mentee.Id, w.match.Id}, {other.Id, otherPair.Id}}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, b := range bookers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = workspace.BookSlot(w.app, b.user, b.match, tuesday(t, 0), videoProposal(time.Time{}))
		}()
	}
	wg.Wait()
	n, _ := w.app.CountRecords("meetings")
	if n != 1 {
		t.Fatalf("%d meetings, want 1 (errors %v)", n, errs)
	}
	refused := errs[0]
	if refused == nil {
		refused = errs[1]
	}
	if codeOf(refused) != "booking.error.taken" {
		t.Errorf("the second booking: %v, want booking.error.taken", refused)
	}
	if got := len(mails(t, w.app, "meeting_booked")); got != 2 {
		t.Errorf("%d meeting_booked letters, want one to each member of the one pair", got)
	}
}

// The same booking form is posted twice at once (a double click, a reload): one meeting,
// and both answers are that booking, not "taken".
func TestTheSameBookingTwiceIsOneBooking(t *testing.T) {
	w := newPairWorld(t)
	offerTuesdays(t, w, "")
	var wg sync.WaitGroup
	meetings, errs := make([]*core.Record, 2), make([]error, 2)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			how := videoProposal(time.Time{})
			how.Token = "one-booking-form"
			meetings[i], errs[i] = workspace.BookSlot(w.app, w.mentee.Id, w.match.Id, tuesday(t, 0), how)
		}()
	}
	wg.Wait()
	if n, _ := w.app.CountRecords("meetings"); n != 1 || errs[0] != nil || errs[1] != nil {
		t.Fatalf("%d meetings, errors %v: want one meeting and no error", n, errs)
	}
	if meetings[0].Id != meetings[1].Id {
		t.Errorf("two answers name meetings %s and %s, want the one booked", meetings[0].Id, meetings[1].Id)
	}
	if got := len(mails(t, w.app, "meeting_booked")); got != 2 {
		t.Errorf("%d meeting_booked letters, want one to each member", got)
	}
}

// Slots skip the meetings of either member in any of their pairs, but not cancelled ones.
func TestOfferSkipsMeetingsOfEveryPairOfEitherMember(t *testing.T) {
	w := newPairWorld(t)
	offerTuesdays(t, w, "")
	other := w.Person("other@example.org", "Otto Mentee", "en")
	mentorApp, err := w.app.FindRecordById("applications", w.match.GetString("mentor"))
	if err != nil {
		t.Fatal(err)
	}
	w.Update(mentorApp, map[string]any{"capacity": 3})
	pair := w.Pair(w.program.Id, mentorApp.Id, w.Application(w.program.Id, other.Id, "mentee", "approved").Id, "active")
	w.Meeting(pair.Id, w.mentor.Id, tuesday(t, 0), "confirmed")
	w.Update(w.Meeting(pair.Id, w.mentor.Id, tuesday(t, 60), "confirmed"), map[string]any{"status": "cancelled"})
	offer, err := workspace.OfferFor(context.Background(), w.app, w.mentee.Id, w.match.Id, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if offered(offer, tuesday(t, 0)) || !offered(offer, tuesday(t, 60)) || offer.CalendarFailed {
		t.Errorf("slots %v: want 17:00 taken by the other pair's meeting, 18:00 free", offer.Slots)
	}
}

// A free/busy calendar's busy time hides a slot; a calendar that cannot be read leaves the
// slots and says so.
func TestOfferWithAFreeBusyCalendar(t *testing.T) {
	busyAt := tuesday(t, 60).UTC().Format("20060102T150405Z")
	calendar := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VFREEBUSY\r\nUID:fb\r\nDTSTAMP:20260101T000000Z\r\n" +
		"FREEBUSY:" + busyAt + "/PT30M\r\nEND:VFREEBUSY\r\nEND:VCALENDAR\r\n"
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/broken.ics" {
			http.Error(w, "down", http.StatusBadGateway)
			return
		}
		w.Header().Set("Content-Type", "text/calendar")
		_, _ = w.Write([]byte(calendar))
	}))
	defer server.Close()
	saved := workspace.DefaultFreeBusy
	workspace.DefaultFreeBusy = &workspace.FreeBusy{Timeout: time.Second, MaxBytes: 1 << 20, TTL: time.Minute, AllowPrivate: true}
	defer func() { workspace.DefaultFreeBusy = saved }()
	for _, c := range []struct {
		path        string
		free1800    bool
		shownFailed bool
	}{{"/free.ics", false, false}, {"/broken.ics", true, true}} {
		w := newPairWorld(t)
		offerTuesdays(t, w, server.URL+c.path)
		offer, err := workspace.OfferFor(context.Background(), w.app, w.mentee.Id, w.match.Id, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if !offered(offer, tuesday(t, 0)) || offered(offer, tuesday(t, 60)) != c.free1800 || offer.CalendarFailed != c.shownFailed {
			t.Errorf("%s: slots %v, failed %v", c.path, offer.Slots, offer.CalendarFailed)
		}
	}
}

// codeOf is the catalog code of a refusal, from the domain or from a record hook.
func codeOf(err error) string {
	var refused *kernel.Error
	if errors.As(err, &refused) {
		return refused.Code
	}
	return codesOf(err)
}
