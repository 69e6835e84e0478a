package pb_hooks_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

const availabilities = "/api/collections/availabilities/records"

// nextTuesday is 17:00 in Stockholm on the first Tuesday at least two days ahead: a slot of
// mentor1's Tuesdays 17–19 that is past the booking notice.
func nextTuesday(hour, minute int) time.Time {
	stockholm, _ := time.LoadLocation("Europe/Stockholm")
	day := time.Now().In(stockholm).AddDate(0, 0, 2)
	for day.Weekday() != time.Tuesday {
		day = day.AddDate(0, 0, 1)
	}
	return time.Date(day.Year(), day.Month(), day.Day(), hour, minute, 0, 0, stockholm)
}

// mentor1Hours gives mentor1 Tuesdays 17–19 in Stockholm, with a private free/busy address.
func mentor1Hours(t testing.TB, app *tests.TestApp) {
	apptest.Build(t, app).Record("availabilities", map[string]any{"id": id("hoursmentor1"), "user": id("mentor1"),
		"timezone": "Europe/Stockholm", "weekly": `[{"day":"tue","from":"17:00","to":"19:00"}]`,
		"freebusy_url": "https://calendar.example.org/secret-token/free.ics"})
}

// The availability through the REST API: the portal form's limits, the owner alone writes
// it, the partner and the programme's coordinators read it, nobody else, and the free/busy
// address stays the owner's.
func TestAvailabilityThroughTheAPI(t *testing.T) {
	w := newWorld(t)
	hours := availabilities + "/" + id("hoursmentor1")
	body := func(user, weekly, extra string) string {
		return `{"user":"` + id(user) + `","timezone":"Europe/Stockholm","slot_minutes":60,"weekly":` + weekly + extra + `}`
	}
	tuesdays := `[{"day":"tue","from":"17:00","to":"19:00"}]`
	run(t, []tests.ApiScenario{
		w.call("a member sets Tuesdays 17–19", "mentor1", http.MethodPost, availabilities,
			body("mentor1", tuesdays, ""), 200, []string{`"timezone":"Europe/Stockholm"`, `"from":"17:00"`}, nil),
		w.call("a range ending before it starts is refused beside weekly", "mentor1", http.MethodPost, availabilities,
			body("mentor1", `[{"day":"tue","from":"19:00","to":"17:00"}]`, ""), 400, []string{`"weekly":{"code":"booking.error.order"`}, nil),
		w.call("a range shorter than a meeting too", "mentor1", http.MethodPost, availabilities,
			body("mentor1", `[{"day":"tue","from":"17:00","to":"17:30"}]`, ""), 400, []string{`"weekly":{"code":"booking.error.short"`}, nil),
		w.call("and a day that is not one", "mentor1", http.MethodPost, availabilities,
			body("mentor1", `[{"day":"tuesday","from":"17:00","to":"19:00"}]`, ""), 400, []string{`"code":"booking.error.day"`}, nil),
		w.call("days off run forwards", "mentor1", http.MethodPost, availabilities,
			body("mentor1", tuesdays, `,"days_off":[{"from":"2027-01-02","to":"2026-12-24"}]`), 400, []string{`"days_off":{"code":"booking.error.date_order"`}, nil),
		w.call("an unknown zone is refused", "mentor1", http.MethodPost, availabilities,
			`{"user":"`+id("mentor1")+`","timezone":"Mars/Olympus"}`, 400, []string{`"timezone":{"code":"booking.error.zone"`}, nil),
		w.call("a free/busy address is http or https", "mentor1", http.MethodPost, availabilities,
			body("mentor1", tuesdays, `,"freebusy_url":"ftp://calendar.example.org/free.ics"`), 400, []string{`"freebusy_url":{"code":"booking.error.url"`}, nil),
		w.call("nobody sets another person's", "mentee1", http.MethodPost, availabilities, body("mentor1", tuesdays, ""), 400, []string{`"data":{`}, nil),
		withSetup(w.call("the partner reads it, without the free/busy address", "mentee1", http.MethodGet, hours, "", 200,
			[]string{`"from":"17:00"`}, []string{"secret-token", "freebusy_url"}), mentor1Hours),
		withSetup(w.call("the programme's coordinator reads it", "coorda", http.MethodGet, hours, "", 200, []string{`"from":"17:00"`}, nil), mentor1Hours),
		withSetup(w.call("another programme's coordinator does not", "coordb", http.MethodGet, hours, "", 404, []string{`"data":{}`}, nil), mentor1Hours),
		withSetup(w.call("nor a member of another pair", "mentee2", http.MethodGet, hours, "", 404, []string{`"data":{}`}, nil), mentor1Hours),
		withSetup(w.call("nor the mentee of an invitation not accepted", "mentee3", http.MethodGet, hours, "", 404, []string{`"data":{}`}, nil), mentor1Hours),
		withSetup(w.call("nor the mentee of a pair that ended, though the mentor has an active one", "mentee3", http.MethodGet, hours, "", 404,
			[]string{`"data":{}`}, nil), func(t testing.TB, app *tests.TestApp) {
			mentor1Hours(t, app)
			apptest.Build(t, app).Pair(id("alpha"), id("appmentor1"), id("appmentee3"), "closed")
		}),
		withSetup(w.call("a list shows the partner's only", "mentee2", http.MethodGet, availabilities, "", 200,
			[]string{`"totalItems":0`}, nil), mentor1Hours),
		withSetup(w.call("the partner cannot change it", "mentee1", http.MethodPatch, hours, `{"weekly":[]}`, 404, []string{`"data":{}`}, nil), mentor1Hours),
		withSetup(w.call("the owner changes it within the same limits", "mentor1", http.MethodPatch, hours,
			`{"weekly":[{"day":"tue","from":"17:00","to":"25:00"}]}`, 400, []string{`"code":"booking.error.range"`}, nil), mentor1Hours),
	})
}

// A booked meeting through the REST API: only a free slot of the partner's availability,
// confirmed at once, mailed to both; a taken slot is refused as the portal refuses it.
func TestBookingThroughTheAPI(t *testing.T) {
	w := newWorld(t)
	meetings := "/api/collections/meetings/records"
	booking := func(start time.Time, status string, booked bool) string {
		b := "false"
		if booked {
			b = "true"
		}
		return `{"match":"` + id("match1") + `","proposed_by":"` + id("mentee1") + `","starts_at":"` + start.UTC().Format(time.RFC3339) +
			`","ends_at":"` + start.Add(time.Hour).UTC().Format(time.RFC3339) + `","mode":"video","video_url":"https://meet.example.org/a",` +
			`"status":"` + status + `","booked":` + b + `}`
	}
	mailed := func(t testing.TB, app *tests.TestApp, _ *http.Response) {
		n, err := app.CountRecords("outbox", dbx.HashExp{"kind": "meeting_booked"})
		if err != nil || n != 2 {
			t.Errorf("meeting_booked letters: %d (%v), want one to each member", n, err)
		}
	}
	taken := func(t testing.TB, app *tests.TestApp) {
		mentor1Hours(t, app)
		apptest.Build(t, app).Meeting(id("match2"), id("mentor2"), nextTuesday(17, 30), "proposed")
	}
	mentor1Busy := func(t testing.TB, app *tests.TestApp) {
		mentor1Hours(t, app)
		apptest.Build(t, app).Meeting(id("match1"), id("mentor1"), nextTuesday(17, 30), "confirmed")
	}
	ok := withSetup(w.call("the mentee books mentor1's Tuesday 17:00: confirmed at once", "mentee1", http.MethodPost, meetings,
		booking(nextTuesday(17, 0), "confirmed", true), 200, []string{`"status":"confirmed"`, `"booked":true`}, nil), mentor1Hours)
	ok.AfterTestFunc = mailed
	run(t, []tests.ApiScenario{
		ok,
		withSetup(w.call("a time mentor1 does not offer is refused", "mentee1", http.MethodPost, meetings,
			booking(nextTuesday(17, 30), "confirmed", true), 400, []string{`"starts_at":{"code":"booking.error.not_a_slot"`}, nil), mentor1Hours),
		withSetup(w.call("a slot overlapping a meeting of the pair is taken", "mentee1", http.MethodPost, meetings,
			booking(nextTuesday(17, 0), "confirmed", true), 400, []string{`"starts_at":{"code":"booking.error.taken"`}, nil), mentor1Busy),
		withSetup(w.call("a slot overlapping another pair's meeting of either member is not", "mentee1", http.MethodPost, meetings,
			booking(nextTuesday(17, 0), "confirmed", true), 200, []string{`"booked":true`}, nil), taken),
		withSetup(w.call("a booking is confirmed, not proposed", "mentee1", http.MethodPost, meetings,
			booking(nextTuesday(17, 0), "proposed", true), 400, []string{`"status":{"code":"booking.error.status"`}, nil), mentor1Hours),
		withSetup(w.call("a confirmed meeting that is not booked is still refused", "mentee1", http.MethodPost, meetings,
			booking(nextTuesday(17, 0), "confirmed", false), 400, nil, []string{`"booked":true`}), mentor1Hours),
		w.call("nothing to book without the partner's availability", "mentee1", http.MethodPost, meetings,
			booking(nextTuesday(17, 0), "confirmed", true), 400, []string{`"booked":{"code":"booking.error.no_hours"`}, nil),
		w.call("a proposed meeting does not become a booked one", "mentee1", http.MethodPatch, meetings+"/"+id("meeting1"),
			`{"booked":true}`, 400, []string{`"booked":{"code":"booking.error.booked_kept"`}, nil),
	})
}
