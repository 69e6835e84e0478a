package workspace_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/workspace"
)

// A free/busy calendar against a local server: busy times read from VFREEBUSY and VEVENTs
// (recurring ones too, but transparent and cancelled ones not), a slow server timed out, an
// oversize body refused, private addresses refused unless allowed, no redirect to another
// scheme, and an answer kept for the TTL.
func TestFreeBusyFetch(t *testing.T) {
	day := time.Now().UTC().Truncate(24*time.Hour).AddDate(0, 0, 2)
	stamp := func(t time.Time) string { return t.Format("20060102T150405Z") }
	calendar := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" +
		"BEGIN:VFREEBUSY\r\nUID:fb\r\nDTSTAMP:20260101T000000Z\r\n" +
		"FREEBUSY:" + stamp(day.Add(9*time.Hour)) + "/" + stamp(day.Add(10*time.Hour)) + "," + stamp(day.Add(11*time.Hour)) + "/PT30M\r\n" +
		"FREEBUSY;FBTYPE=FREE:" + stamp(day.Add(12*time.Hour)) + "/PT1H\r\nEND:VFREEBUSY\r\n" +
		event("weekly", day.Add(14*time.Hour), "RRULE:FREQ=WEEKLY;COUNT=3\r\n") +
		event("transparent", day.Add(15*time.Hour), "TRANSP:TRANSPARENT\r\n") +
		event("cancelled", day.Add(16*time.Hour), "STATUS:CANCELLED\r\n") +
		"END:VCALENDAR\r\n"
	var hits atomic.Int32
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		switch r.URL.Path {
		case "/slow.ics":
			select {
			case <-time.After(2 * time.Second):
			case <-r.Context().Done():
			}
		case "/huge.ics":
			_, _ = w.Write([]byte(strings.Repeat("X", 5000)))
		case "/elsewhere.ics":
			http.Redirect(w, r, "ftp://example.org/free.ics", http.StatusFound)
		default:
			_, _ = w.Write([]byte(calendar))
		}
	}))
	defer server.Close()
	allowed := &workspace.FreeBusy{Timeout: 300 * time.Millisecond, MaxBytes: 4000, TTL: time.Minute, AllowPrivate: true}

	busy, err := allowed.Busy(context.Background(), server.URL+"/free.ics")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range busy {
		got = append(got, b.Start.Sub(day).String()+"+"+b.End.Sub(b.Start).String())
	}
	want := "9h0m0s+1h0m0s 11h0m0s+30m0s 14h0m0s+1h0m0s 182h0m0s+1h0m0s 350h0m0s+1h0m0s"
	if strings.Join(got, " ") != want {
		t.Errorf("busy times\n got %v\nwant %s", got, want)
	}
	if _, err := allowed.Busy(context.Background(), server.URL+"/free.ics"); err != nil || hits.Load() != 1 {
		t.Errorf("the second read within the TTL fetched again (%d fetches, %v)", hits.Load(), err)
	}

	started := time.Now()
	if _, err := allowed.Busy(context.Background(), server.URL+"/slow.ics"); err == nil || time.Since(started) > 1500*time.Millisecond {
		t.Errorf("a slow server: %v after %v, want a timeout after 300 ms", err, time.Since(started))
	}
	if _, err := allowed.Busy(context.Background(), server.URL+"/huge.ics"); err != workspace.ErrFreeBusyTooBig {
		t.Errorf("an oversize body: %v, want refused", err)
	}
	if _, err := allowed.Busy(context.Background(), server.URL+"/elsewhere.ics"); err == nil {
		t.Error("a redirect to ftp:// was followed")
	}
	guarded := &workspace.FreeBusy{Timeout: time.Second, MaxBytes: 4000, TTL: time.Minute}
	for _, address := range []string{server.URL + "/free.ics", "http://localhost:1/free.ics", "http://[::1]:1/", "http://10.0.0.1/", "file:///etc/passwd"} {
		if _, err := guarded.Busy(context.Background(), address); err == nil {
			t.Errorf("%s was fetched: private addresses are refused unless allowed", address)
		}
	}
}

// event is a VEVENT of an hour from start with more properties.
func event(uid string, start time.Time, more string) string {
	return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:" + start.Format("20060102T150405Z") +
		"\r\nDTEND:" + start.Add(time.Hour).Format("20060102T150405Z") + "\r\n" + more + "END:VEVENT\r\n"
}
