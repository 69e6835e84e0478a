package calendar

import (
	"testing"
	"time"
)

// longAgenda has everything iCalendar text must escape or fold: commas, semicolons, newlines,
// a backslash and non-ASCII letters on a line far longer than 75 octets.
const longAgenda = "Préparer l'entretien; parler du projet, des stages et du réseau.\n" +
	"Second point: Västerås, Malmö och Göteborg; å ä ö é è ê — a line long enough to be folded more than once, twice, thrice.\\"

var (
	anne  = Person{Name: `Anne "Annie" Dupont`, Email: "anne@example.org"}
	bjorn = Person{Name: "Björn Åström, PhD", Email: "bjorn@example.org"}
)

// wall returns the wall-clock time in the named zone.
func wall(t *testing.T, zone string, y int, mo time.Month, d, h, mi int) time.Time {
	t.Helper()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	return time.Date(y, mo, d, h, mi, 0, 0, loc)
}

// inviteCase is one invite the tests write and read back.
type inviteCase struct {
	name      string
	meeting   Meeting
	method    string
	wantLocal string // DTSTART as the programme's wall-clock time
	wantUTC   string
	wantState string // STATUS
}

func inviteCases(t *testing.T) []inviteCase {
	base := func(zone string, start time.Time) Meeting {
		return Meeting{
			ID: "m1", Domain: "mentor.example.org", Start: start, End: start.Add(time.Hour),
			TimeZone: zone, Status: StatusProposed, Mode: ModeInPerson, Location: "Café Lumière, 3 rue de l'Été",
			Agenda: longAgenda, Title: "Mentoring: first interview", URL: "https://mentor.example.org/matches/x1",
			Stamp: time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC), Organizer: anne, Attendees: []Person{anne, bjorn},
		}
	}
	paris := wall(t, "Europe/Paris", 2027, time.March, 30, 18, 30)
	stockholm := wall(t, "Europe/Stockholm", 2027, time.January, 12, 9, 0)
	confirmed := base("Europe/Paris", paris)
	confirmed.Status = StatusConfirmed
	rescheduled := base("Europe/Paris", paris.Add(24*time.Hour))
	rescheduled.Status, rescheduled.Sequence = StatusProposed, 1
	cancelled := base("Europe/Paris", paris)
	cancelled.Status, cancelled.Sequence = StatusCancelled, 2
	video := base("Europe/Stockholm", stockholm)
	video.Mode, video.VideoURL, video.Location = ModeVideo, "https://meet.example.org/abc-defg", ""
	phone := base("Europe/Stockholm", stockholm)
	phone.Mode, phone.Location = ModePhone, "+46 8 123 456"
	tokyo := base("Asia/Tokyo", wall(t, "Asia/Tokyo", 2027, time.July, 5, 10, 0))
	return []inviteCase{
		{"proposed Paris in person", base("Europe/Paris", paris), MethodRequest, "2027-03-30T18:30:00", "2027-03-30T16:30:00Z", "TENTATIVE"},
		{"confirmed Paris", confirmed, MethodRequest, "2027-03-30T18:30:00", "2027-03-30T16:30:00Z", "CONFIRMED"},
		{"rescheduled sequence 1", rescheduled, MethodRequest, "2027-03-31T18:30:00", "2027-03-31T16:30:00Z", "TENTATIVE"},
		{"cancelled", cancelled, MethodCancel, "2027-03-30T18:30:00", "2027-03-30T16:30:00Z", "CANCELLED"},
		{"video Stockholm", video, MethodRequest, "2027-01-12T09:00:00", "2027-01-12T08:00:00Z", "TENTATIVE"},
		{"phone Stockholm", phone, MethodRequest, "2027-01-12T09:00:00", "2027-01-12T08:00:00Z", "TENTATIVE"},
		{"Tokyo without DST", tokyo, MethodRequest, "2027-07-05T10:00:00", "2027-07-05T01:00:00Z", "TENTATIVE"},
	}
}

// feedEvents has every kind of feed entry: meetings in two zones, programme events and
// all-day deadlines.
func feedEvents(t *testing.T) []Event {
	cases := inviteCases(t)
	stockholm := cases[4].meeting
	stockholm.ID = "m2" // a feed holds each event once
	kickoff := wall(t, "Europe/Paris", 2026, time.October, 15, 18, 0)
	closing := wall(t, "Europe/Paris", 2027, time.June, 10, 17, 0)
	return []Event{
		cases[1].meeting.FeedEvent(),
		stockholm.FeedEvent(),
		{UID: UID("event", "e1", "mentor.example.org"), Kind: KindProgramme, Title: "Kickoff", Location: "Amphi A",
			Start: kickoff, End: kickoff.Add(2 * time.Hour), TimeZone: "Europe/Paris", Description: "Welcome; drinks, talks."},
		{UID: UID("event", "e2", "mentor.example.org"), Kind: KindProgramme, Title: "Closing",
			Start: closing, End: closing.Add(2 * time.Hour), TimeZone: "Europe/Paris"},
		{UID: UID("roadbook-due", "x1", "mentor.example.org"), Kind: KindDeadline, Title: "Road-book due",
			Start: wall(t, "Europe/Paris", 2027, time.March, 27, 23, 59), TimeZone: "Europe/Paris", AllDay: true},
		{UID: UID("evaluation-due", "x1-final", "mentor.example.org"), Kind: KindDeadline, Title: "Final evaluation due",
			Start: wall(t, "Europe/Paris", 2027, time.June, 30, 0, 0), TimeZone: "Europe/Paris", AllDay: true},
	}
}
