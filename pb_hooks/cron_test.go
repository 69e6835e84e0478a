package pb_hooks_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// The reminders run on a small programme in Paris time, whose days are counted from day 0,
// the day after the seeding (so that invitations seeded now have waited a known time):
//   - pair 1 (mentor1 sv, mentee1 fr): active, road-book not submitted, meeting confirmed on
//     day 10 at 14:00 and another cancelled the same day; with 3 lead days the road-book is
//     due on day 7;
//   - pair 2 (mentor2 en, mentee2 without a language: the programme's first, fr): active,
//     road-book submitted, meeting confirmed on day 10 at 14:00;
//   - pair 3: closed after its meeting on day 10 was confirmed;
//   - mentor4 (sv) invited by mentee4 (expires on day 10) and by mentee5 (expires on day 3
//     at 18:00);
//   - midpoint on day 30 at 09:00, end on day 60 at 09:00, closing party on day 62.
type reminderWorld struct {
	app  core.App
	day0 time.Time
}

var paris, _ = time.LoadLocation("Europe/Paris")

// at is hour o'clock on day n, Paris time.
func (w reminderWorld) at(n, hour int) time.Time {
	return w.day0.AddDate(0, 0, n).Add(time.Duration(hour) * time.Hour)
}

// newReminderWorld is a fresh copy of the reminders world, seeded once per test binary; day 0
// is read back from the programme's start (day 0 at 09:00), so every copy counts from the day
// it was seeded.
func newReminderWorld(t *testing.T) reminderWorld {
	app := apptest.World(t, "reminders", seedReminders)
	program, err := app.FindRecordById("programs", id("prog"))
	if err != nil {
		t.Fatal(err)
	}
	start := program.GetDateTime("starts_at").Time().In(paris)
	return reminderWorld{app: app, day0: start.Add(-9 * time.Hour)}
}

// seedReminders saves the reminders world, day 0 being tomorrow in Paris.
func seedReminders(t testing.TB, app *tests.TestApp) {
	now := time.Now().In(paris)
	w := reminderWorld{app: app, day0: time.Date(now.Year(), now.Month(), now.Day()+1, 0, 0, 0, 0, paris)}
	s := newSeeder(t, app)
	locales := map[string]string{"mentor1": "sv", "mentee1": "fr", "mentor2": "en", "mentee2": "",
		"mentor3": "en", "mentee3": "en", "mentor4": "sv", "mentee4": "en", "mentee5": "en"}
	for person, locale := range locales {
		s.Person(person+"@example.com", "Name of "+person, locale, map[string]any{"id": id(person)})
	}
	s.Programme("prog", "Prog", map[string]any{
		"id": id("prog"), "languages": []string{"fr", "en"}, "matching_mode": "self_service", "published": true,
		"roadbook_lead_days": 3, "starts_at": w.at(0, 9), "midpoint_at": w.at(30, 9), "ends_at": w.at(60, 9),
	})
	s.Event(id("prog"), "closing", "Closing party", w.at(62, 18), map[string]any{"id": id("closingparty")})
	for person := range locales {
		role := strings.TrimRight(person, "0123456789")
		s.Application(id("prog"), id(person), role, "approved", map[string]any{"id": id("app" + person)})
	}
	match := func(name, mentor, mentee, status string, extra map[string]any) *core.Record {
		return s.Pair(id("prog"), id("app"+mentor), id("app"+mentee), status,
			map[string]any{"id": id(name), "origin": "invitation"}, extra)
	}
	meeting := func(name, pair string, start time.Time) {
		s.Meeting(id("match"+pair), id("mentee"+pair), start, "confirmed", map[string]any{"id": id(name)})
	}
	for _, pair := range []string{"1", "2", "3"} {
		match("match"+pair, "mentor"+pair, "mentee"+pair, "active", nil)
		meeting("meeting"+pair, pair, w.at(10, 14))
	}
	meeting("meetingoff", "1", w.at(10, 18))
	cancelled, err := app.FindRecordById("meetings", id("meetingoff"))
	if err != nil {
		t.Fatal(err)
	}
	cancelled.Set("status", "cancelled")
	s.Save(cancelled)
	s.save("roadbooks", "roadbook2", map[string]any{"match": id("match2"), "professional_project": "p", "submitted_at": w.at(0, 9)})
	closed, err := app.FindRecordById("matches", id("match3"))
	if err != nil {
		t.Fatal(err)
	}
	closed.Set("status", "closed")
	closed.Set("ended_at", w.at(0, 9))
	s.Save(closed)
	match("matchinv4", "mentor4", "mentee4", "invited", map[string]any{"expires_at": w.at(10, 9), "message": "Please mentor me"})
	match("matchinv5", "mentor4", "mentee5", "invited", map[string]any{"expires_at": w.at(3, 18)})
}

// reminders are the outbox mails whose kind starts with kind, as "to locale related: subject".
func reminders(t *testing.T, app core.App, kind string) []string {
	t.Helper()
	mails, err := app.FindRecordsByFilter("outbox", "kind ~ {:kind}", "", 0, 0, dbx.Params{"kind": kind + "%"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range mails {
		got = append(got, fmt.Sprintf("%s %s %s: %s", strings.TrimSuffix(m.GetString("to"), "@example.com"),
			m.GetString("locale"), strings.TrimRight(m.GetString("related_id"), "0"), m.GetString("subject")))
	}
	slices.Sort(got)
	return got
}

func TestRemindersAreSentOnceAtTheRightMoment(t *testing.T) {
	cases := []struct {
		name  string
		day   int
		hour  int
		kind  string
		want  func(w reminderWorld) []string
		texts []string
	}{
		{"invitation not yet", 1, 12, "invitation_pending", nil, nil},
		{"invitation after three days, not when expiring today", 3, 12, "invitation_pending", func(reminderWorld) []string {
			return []string{"mentor4 sv matchinv4: Name of mentee4 väntar på ditt svar"}
		}, []string{"/invitations/" + id("matchinv4"), "> Please mentor me"}},
		{"road-book two days before", 5, 12, "roadbook_due", nil, nil},
		{"road-book the day before", 6, 12, "roadbook_due", func(w reminderWorld) []string {
			return []string{"mentee1 fr match1: Votre carnet de route est à rendre le " + w.at(7, 0).Format("2006-01-02")}
		}, []string{"/matches/" + id("match1") + "#roadbook"}},
		{"road-book on the day", 7, 12, "roadbook_due", func(w reminderWorld) []string {
			return []string{"mentee1 fr match1: Votre carnet de route est à rendre le " + w.at(7, 0).Format("2006-01-02")}
		}, nil},
		{"road-book late", 8, 12, "roadbook_due", nil, nil},
		{"meeting in 25 hours", 9, 13, "meeting_tomorrow", nil, nil},
		{"meeting in 23 hours", 9, 15, "meeting_tomorrow", func(w reminderWorld) []string {
			when := kernel.LocalTime(w.at(10, 14), "Europe/Paris")
			return []string{
				"mentee1 fr meeting1: Rappel : rendez-vous de mentorat le " + when,
				"mentee2 fr meeting2: Rappel : rendez-vous de mentorat le " + when,
				"mentor1 sv meeting1: Påminnelse: mentorsmöte " + when,
				"mentor2 en meeting2: Reminder: mentoring meeting on " + when,
			}
		}, nil},
		{"midpoint not yet", 29, 12, "midpoint_checkin", nil, nil},
		{"midpoint passed", 30, 10, "midpoint_checkin", func(reminderWorld) []string {
			return []string{
				"mentee1 fr match1: Prog : c'est l'heure du point d'étape à mi-parcours",
				"mentee2 fr match2: Prog : c'est l'heure du point d'étape à mi-parcours",
				"mentor1 sv match1: Prog: dags för halvtidsavstämningen",
				"mentor2 en match2: Prog: time for the mid-programme check-in",
			}
		}, []string{"/evaluations/midpoint"}},
		{"midpoint after the end", 60, 10, "midpoint_checkin", nil, nil},
		{"midpoint passed over two weeks ago (the portal was down)", 45, 10, "midpoint_checkin", nil, nil},
		{"end not yet", 59, 12, "programme_end", nil, nil},
		{"end passed", 60, 10, "programme_end", func(reminderWorld) []string {
			return []string{
				"mentee1 fr match1: Le programme Prog touche à sa fin",
				"mentee2 fr match2: Le programme Prog touche à sa fin",
				"mentor1 sv match1: Prog är slut",
				"mentor2 en match2: Prog has come to an end",
			}
		}, []string{"Closing party", "/matches/"}},
		{"end passed over two weeks ago", 75, 10, "programme_end", nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := newReminderWorld(t)
			now := w.at(c.day, c.hour)
			if _, err := workspace.SendReminders(w.app, now); err != nil {
				t.Fatal(err)
			}
			var want []string
			if c.want != nil {
				want = c.want(w)
			}
			got := reminders(t, w.app, c.kind)
			if !slices.Equal(got, want) {
				t.Errorf("at day %d %02d:00:\n got %q\nwant %q", c.day, c.hour, got, want)
			}
			mails, _ := w.app.FindRecordsByFilter("outbox", "kind ~ {:kind}", "", 0, 0, dbx.Params{"kind": c.kind + "%"})
			for _, m := range mails {
				for _, text := range c.texts {
					if !strings.Contains(m.GetString("text"), text) {
						t.Errorf("mail to %s lacks %q:\n%s", m.GetString("to"), text, m.GetString("text"))
					}
				}
			}
			if n, err := workspace.SendReminders(w.app, now.Add(15*time.Minute)); err != nil || n != 0 {
				t.Errorf("second run queued %d more (error %v), want none", n, err)
			}
		})
	}
}

// A meeting is reminded once per start time: a new agenda (which raises the sequence and
// updates the calendars) reminds nobody again, but a meeting moved to another time is a new
// appointment, reminded once confirmed at its new time.
func TestMeetingIsRemindedOncePerStartTime(t *testing.T) {
	w := newReminderWorld(t)
	s := newSeeder(t, w.app)
	remind := func(step string, hour, want int) {
		t.Helper()
		if n, err := workspace.RemindMeetingsTomorrow(w.app, w.at(9, hour)); err != nil || n != want {
			t.Errorf("%s: queued %d (error %v), want %d", step, n, err, want)
		}
	}
	edit := func(change func(meeting *core.Record)) *core.Record {
		t.Helper()
		meeting, err := w.app.FindRecordById("meetings", id("meeting1"))
		if err != nil {
			t.Fatal(err)
		}
		change(meeting)
		s.Save(meeting)
		return meeting
	}
	remind("the day before", 15, 4)
	revised := edit(func(m *core.Record) { m.Set("agenda", "Bring the CV") })
	if revised.GetInt("sequence") != 1 || revised.GetString("status") != "confirmed" {
		t.Fatalf("a new agenda: sequence %d, status %q, want 1 and still confirmed",
			revised.GetInt("sequence"), revised.GetString("status"))
	}
	remind("after a new agenda", 16, 0)
	edit(func(m *core.Record) {
		m.Set("starts_at", w.at(10, 16))
		m.Set("ends_at", w.at(10, 17))
	})
	remind("while the new time is only proposed", 16, 0)
	edit(func(m *core.Record) { m.Set("status", "confirmed") })
	remind("after confirming the new time", 16, 2)
	remind("again at the new time", 17, 0)
	when := kernel.LocalTime(w.at(10, 16), "Europe/Paris")
	want := []string{
		"mentee1 fr meeting1: Rappel : rendez-vous de mentorat le " + when,
		"mentor1 sv meeting1: Påminnelse: mentorsmöte " + when,
	}
	if got := reminders(t, w.app, workspace.MeetingTomorrowKind(w.at(10, 16))); !slices.Equal(got, want) {
		t.Errorf("reminders of the new time:\n got %q\nwant %q", got, want)
	}
}

// The reminders run every fifteen minutes once the hooks are bound.
func TestRemindersCronIsScheduled(t *testing.T) {
	app := apptest.New(t)
	for _, job := range app.Cron().Jobs() {
		if job.Id() == "mentorbase_reminders" {
			if got := job.Expression(); got != "*/15 * * * *" {
				t.Errorf("scheduled %q, want every fifteen minutes", got)
			}
			return
		}
	}
	t.Error("no reminders job")
}
