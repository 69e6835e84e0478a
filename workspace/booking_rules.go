package workspace

import (
	"errors"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// CheckHoursRecord refuses an availability the portal's form would refuse, whoever saves it,
// as PocketBase's validation errors (the REST API answers 400 with the code beside the field).
func CheckHoursRecord(record *core.Record) error {
	h, err := HoursOf(record)
	if err != nil {
		return asValidation(err)
	}
	if h.FreeBusyURL != "" && !isWebAddress(h.FreeBusyURL) {
		return kernel.RefuseField("freebusy_url", "booking.error.url").Validation()
	}
	return nil
}

// CheckBooking refuses a booked meeting that is not one of the free slots of the partner of
// the member who booked it, or that is not confirmed, whoever saves it. It runs in the
// meeting's transaction, where saves take turns: of two bookings of one slot at once, the
// second finds the first and is refused as taken. Free/busy calendars are not fetched here
// (a save does not wait on another server): they hide slots on the page only.
func CheckBooking(app core.App, meeting *core.Record, now time.Time) error {
	return asValidation(checkBooking(app, meeting, now))
}

// checkBooking is CheckBooking's refusal as the domain's error.
func checkBooking(app core.App, meeting *core.Record, now time.Time) error {
	if !meeting.GetBool("booked") {
		return nil
	}
	if meeting.GetString("status") != kernel.MeetingConfirmed {
		return kernel.RefuseField("status", "booking.error.status")
	}
	pair, err := kernel.FindPair(app, meeting.GetString("match"))
	if err != nil || pair.Role(meeting.GetString("proposed_by")) == "" {
		return nil // CheckNewMeeting refuses it, with its own message
	}
	h, ok, err := HoursFor(app, pair.Partner(meeting.GetString("proposed_by")).Id)
	if err != nil {
		return err
	}
	if !ok {
		return kernel.RefuseField("booked", "booking.error.no_hours")
	}
	slot := Interval{meeting.GetDateTime("starts_at").Time(), meeting.GetDateTime("ends_at").Time()}
	from, to := bookingWindow(pair, now)
	if !offered(FreeSlots(h, nil, from, to), slot) {
		return kernel.RefuseField("starts_at", "booking.error.not_a_slot")
	}
	busy, err := pairBusy(app, pair, from, to)
	if err != nil {
		return err
	}
	if busyAt(busy, slot) {
		return kernel.RefuseField("starts_at", "booking.error.taken")
	}
	return nil
}

// CheckBookedKept refuses turning a meeting into a booking, or a booking into a proposal,
// after it was created: booked says how the meeting was agreed.
func CheckBookedKept(meeting *core.Record) error {
	if meeting.GetBool("booked") != meeting.Original().GetBool("booked") {
		return kernel.RefuseField("booked", "booking.error.booked_kept").Validation()
	}
	return nil
}

// asValidation is a domain refusal as PocketBase's validation errors; other errors pass as
// they are.
func asValidation(err error) error {
	var refused *kernel.Error
	if errors.As(err, &refused) {
		return refused.Validation()
	}
	return err
}

// offered reports whether slot is one of slots.
func offered(slots []Interval, slot Interval) bool {
	for _, s := range slots {
		if s.Start.Equal(slot.Start) && s.End.Equal(slot.End) {
			return true
		}
	}
	return false
}
