package workspace

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// DefaultSlotLength is a bookable meeting's length when its owner chose none: an hour, the
// length the meeting form proposes and the seeds' programmes plan a mentoring talk for.
const DefaultSlotLength = 60 * time.Minute

// SlotLengths are the meeting lengths, in minutes, a person may offer for booking.
var SlotLengths = []int{30, 45, 60, 90}

// Weekdays are the days of the week as the availability records and forms name them,
// Monday first as in the three languages' calendars.
var Weekdays = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// Limits on one availability, so a record stays small and its slots quick to compute.
const (
	maxRangesPerDay = 8
	maxDaysOff      = 60
	maxExtra        = 60
)

// Clock is a time of day on a wall clock, in minutes after midnight; 24:00 ends a day.
type Clock int

// String is the clock as "17:00".
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60) }

// TimeRange is [From, To) on a wall clock.
type TimeRange struct{ From, To Clock }

// WeeklyRange is a range offered every week on Day.
type WeeklyRange struct {
	Day time.Weekday
	TimeRange
}

// DaysOff are the dates From to To, both included ("2006-01-02"), without weekly slots.
type DaysOff struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// ExtraRange is a range offered once, on Date ("2006-01-02").
type ExtraRange struct {
	Date string
	TimeRange
}

// Hours is a person's availability for booking: weekly ranges on the wall clock of Zone, so a
// Tuesday 17:00 stays 17:00 there when summer time starts or ends, with days off and extra
// one-off ranges; Length is the meeting a slot offers.
type Hours struct {
	Zone        *time.Location
	Weekly      []WeeklyRange
	DaysOff     []DaysOff
	Extra       []ExtraRange
	Length      time.Duration
	FreeBusyURL string
}

// stored are the JSON shapes of the availabilities record's weekly, days_off and extra fields.
type (
	storedWeekly struct {
		Day  string `json:"day"`
		From string `json:"from"`
		To   string `json:"to"`
	}
	storedExtra struct {
		Date string `json:"date"`
		From string `json:"from"`
		To   string `json:"to"`
	}
)

// HoursOf reads an availabilities record, refusing what the rules do not allow with the
// field it belongs to: the record hook calls it so the REST API keeps the portal's limits.
func HoursOf(record *core.Record) (Hours, error) {
	h := Hours{FreeBusyURL: record.GetString("freebusy_url")}
	zone, err := zoneOf(record.GetString("timezone"))
	if err != nil {
		return h, err
	}
	h.Zone = zone
	if h.Length, err = lengthOf(record.GetInt("slot_minutes")); err != nil {
		return h, err
	}
	var weekly []storedWeekly
	var daysOff []DaysOff
	var extra []storedExtra
	for field, into := range map[string]any{"weekly": &weekly, "days_off": &daysOff, "extra": &extra} {
		if raw := record.GetString(field); raw != "" && raw != "null" {
			if json.Unmarshal([]byte(raw), into) != nil {
				return h, kernel.RefuseField(field, "booking.error.json")
			}
		}
	}
	if h.Weekly, err = weeklyOf(weekly, h.Length); err != nil {
		return h, err
	}
	if h.DaysOff, err = daysOffOf(daysOff); err != nil {
		return h, err
	}
	h.Extra, err = extraOf(extra, h.Length)
	return h, err
}

// write stores h in an availabilities record.
func (h Hours) write(record *core.Record) {
	weekly := []storedWeekly{}
	for _, r := range h.Weekly {
		weekly = append(weekly, storedWeekly{Day: Weekdays[(int(r.Day)+6)%7], From: r.From.String(), To: r.To.String()})
	}
	extra := []storedExtra{}
	for _, r := range h.Extra {
		extra = append(extra, storedExtra{Date: r.Date, From: r.From.String(), To: r.To.String()})
	}
	daysOff := h.DaysOff
	if daysOff == nil {
		daysOff = []DaysOff{}
	}
	record.Set("timezone", h.Zone.String())
	record.Set("slot_minutes", int(h.Length/time.Minute))
	record.Set("weekly", weekly)
	record.Set("days_off", daysOff)
	record.Set("extra", extra)
	record.Set("freebusy_url", h.FreeBusyURL)
}

// weeklyOf checks the stored weekly ranges.
func weeklyOf(stored []storedWeekly, length time.Duration) ([]WeeklyRange, error) {
	var out []WeeklyRange
	perDay := map[string]int{}
	for _, s := range stored {
		day := weekdayNamed(s.Day)
		if day < 0 {
			return nil, kernel.RefuseField("weekly", "booking.error.day", "day", s.Day)
		}
		if perDay[s.Day]++; perDay[s.Day] > maxRangesPerDay {
			return nil, kernel.RefuseField("weekly", "booking.error.too_many", "max", maxRangesPerDay)
		}
		r, err := rangeOf("weekly", s.From, s.To, length)
		if err != nil {
			return nil, err
		}
		out = append(out, WeeklyRange{Day: day, TimeRange: r})
	}
	return out, nil
}

// daysOffOf checks the stored days off.
func daysOffOf(stored []DaysOff) ([]DaysOff, error) {
	if len(stored) > maxDaysOff {
		return nil, kernel.RefuseField("days_off", "booking.error.too_many", "max", maxDaysOff)
	}
	for i, d := range stored {
		if d.To == "" {
			stored[i].To = d.From
		}
		if !isDate(d.From) || !isDate(stored[i].To) {
			return nil, kernel.RefuseField("days_off", "booking.error.date", "text", d.From+" "+d.To)
		}
		if stored[i].To < d.From {
			return nil, kernel.RefuseField("days_off", "booking.error.date_order", "from", d.From, "to", d.To)
		}
	}
	return stored, nil
}

// extraOf checks the stored extra ranges.
func extraOf(stored []storedExtra, length time.Duration) ([]ExtraRange, error) {
	if len(stored) > maxExtra {
		return nil, kernel.RefuseField("extra", "booking.error.too_many", "max", maxExtra)
	}
	var out []ExtraRange
	for _, s := range stored {
		if !isDate(s.Date) {
			return nil, kernel.RefuseField("extra", "booking.error.date", "text", s.Date)
		}
		r, err := rangeOf("extra", s.From, s.To, length)
		if err != nil {
			return nil, err
		}
		out = append(out, ExtraRange{Date: s.Date, TimeRange: r})
	}
	return out, nil
}
