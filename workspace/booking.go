package workspace

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/calendar"
	"github.com/mentorbase/mentorbase/kernel"
)

// Offer is what a member of a pair may book: the free slots of their partner's availability
// in the coming weeks, earliest first.
type Offer struct {
	Pair     *kernel.Pair
	Owner    *core.Record // the partner whose availability it is
	HasHours bool         // the partner has set an availability
	Hours    Hours
	Slots    []Interval
	// CalendarFailed: a free/busy calendar could not be read; the slots ignore it.
	CalendarFailed bool
	// CalendarUnread: a free/busy calendar was not read yet (CachedOffer), so no slot is
	// known to be free.
	CalendarUnread bool
	// ViewerOffers: the member asking has set an availability of their own.
	ViewerOffers bool
	// Zone is the zone the member asking reads times in: ZoneOf, from the hours read here.
	Zone *time.Location
}

// FindHours is userID's availability record, nil when they have set none.
func FindHours(app core.App, userID string) (*core.Record, error) {
	record, err := app.FindFirstRecordByFilter(kernel.CollectionAvailabilities, "user = {:user}", dbx.Params{"user": userID})
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return record, err
}

// HoursFor is userID's availability, ok false when they have set none.
func HoursFor(app core.App, userID string) (h Hours, ok bool, err error) {
	record, err := FindHours(app, userID)
	if err != nil || record == nil {
		return Hours{}, false, err
	}
	h, err = HoursOf(record)
	return h, err == nil, err
}

// SaveHours records userID's availability; the availabilities hook checks it as it checks
// one sent through the REST API.
func SaveHours(app core.App, userID string, h Hours) error {
	return app.RunInTransaction(func(txApp core.App) error {
		record, err := FindHours(txApp, userID)
		if err != nil {
			return err
		}
		if record == nil {
			collection, err := txApp.FindCachedCollectionByNameOrId(kernel.CollectionAvailabilities)
			if err != nil {
				return err
			}
			record = core.NewRecord(collection)
			record.Set("user", userID)
		}
		h.write(record)
		return txApp.Save(record)
	})
}

// OfferFor is what userID, a member of the active match, may book with their partner now,
// reading the members' free/busy calendars (or the answers kept from the last minutes).
func OfferFor(ctx context.Context, app core.App, userID, matchID string, now time.Time) (*Offer, error) {
	pair, _, err := openActive(app, userID, matchID)
	if err != nil {
		return nil, err
	}
	return offerOf(ctx, app, pair, userID, now, true)
}

// CachedOffer is OfferFor for a pair its caller opened already (userID a member of it, the
// match active), without waiting on another server: a free/busy calendar not read in the
// last minutes leaves the offer without slots (CalendarUnread), for a page that only
// previews them and links to OfferFor's.
func CachedOffer(app core.App, pair *kernel.Pair, userID string, now time.Time) (*Offer, error) {
	return offerOf(context.Background(), app, pair, userID, now, false)
}

// offerOf is OfferFor for an open pair, fetching free/busy calendars or not. It reads both
// members' availabilities in one query: the owner's offers the slots, the viewer's gives
// their zone and their free/busy calendar.
func offerOf(ctx context.Context, app core.App, pair *kernel.Pair, userID string, now time.Time, fetch bool) (*Offer, error) {
	offer := &Offer{Pair: pair, Owner: pair.Partner(userID), Zone: kernel.ProgramZone(pair.Program)}
	hours, err := pairHours(app, pair)
	if err != nil {
		return nil, err
	}
	own := hours[userID]
	offer.ViewerOffers = own.record
	if own.record && own.err == nil {
		offer.Zone = own.Zone
	}
	owner := hours[offer.Owner.Id]
	offer.Hours, offer.HasHours = owner.Hours, owner.record && owner.err == nil
	if owner.err != nil || !offer.HasHours {
		return offer, owner.err
	}
	from, to := bookingWindow(pair, now)
	busy, err := pairBusy(app, pair, from, to)
	if err != nil {
		return nil, err
	}
	for _, person := range pair.Members() {
		h := hours[person.Id]
		if h.err != nil || !h.record || h.FreeBusyURL == "" {
			continue
		}
		calendarBusy, known, err := DefaultFreeBusy.cached(h.FreeBusyURL)
		if !known && !fetch {
			offer.CalendarUnread = true
			return offer, nil
		}
		if !known {
			calendarBusy, err = DefaultFreeBusy.Busy(ctx, h.FreeBusyURL)
		}
		if err != nil {
			app.Logger().Warn("free/busy calendar unreadable", "user", person.Id, "error", err)
			offer.CalendarFailed = true
		}
		busy = append(busy, calendarBusy...)
	}
	offer.Slots = FreeSlots(offer.Hours, busy, from, to)
	return offer, nil
}

// memberHours is one member's availability as pairHours read it: record false when they
// have set none, err when their record breaks the rules (HoursOf).
type memberHours struct {
	Hours
	record bool
	err    error
}

// pairHours reads the availabilities of both members of pair, by user id, in one query.
func pairHours(app core.App, pair *kernel.Pair) (map[string]memberHours, error) {
	records, err := app.FindAllRecords(kernel.CollectionAvailabilities,
		dbx.In("user", pair.Mentor.Id, pair.Mentee.Id))
	if err != nil {
		return nil, err
	}
	hours := make(map[string]memberHours, 2)
	for _, r := range records {
		h, err := HoursOf(r)
		hours[r.GetString("user")] = memberHours{Hours: h, record: true, err: err}
	}
	return hours, nil
}

// bookingWindow is when slots may be booked: from the notice to the horizon, within the
// programme's window of dates.
func bookingWindow(pair *kernel.Pair, now time.Time) (from, to time.Time) {
	from, to = now.Add(BookingNotice), now.AddDate(0, 0, BookingDays)
	first, last := kernel.DateWindow(pair.Program, now)
	if from.Before(first) {
		from = first
	}
	if to.After(last) {
		to = last
	}
	return from, to
}

// BookSlot books the slot starting at start of the partner's availability for userID: the
// meeting is confirmed at once, since one member offered the time and the other picked it,
// and both get the invite (the meetings hook checks the slot is still free, so of two
// bookings of one slot at once the second is refused, and mails the REQUEST). how gives the
// mode, place and agenda; its start and duration are the slot's. Like a proposal, the same
// form booked twice (its token: a double click, a reload) books once and answers with that
// booking.
func BookSlot(app core.App, userID, matchID string, start time.Time, how Proposal) (*core.Record, error) {
	return createMeetingOnce(app, userID, matchID, how.Token, func(txApp core.App, pair *kernel.Pair, meeting *core.Record) error {
		h, ok, err := HoursFor(txApp, pair.Partner(userID).Id)
		if err != nil {
			return err
		}
		if !ok {
			return kernel.Refuse("booking.error.no_hours")
		}
		how.Start, how.Duration = start, h.Length
		if err := how.validate(); err != nil {
			return err
		}
		how.apply(meeting)
		meeting.Set("status", calendar.StatusConfirmed)
		meeting.Set("booked", true)
		meeting.Set("sequence", 0)
		return nil
	})
}

// BookingPair is the pair if userID is one of its members and it is active: the pairs whose
// members set their availability and book with each other.
func BookingPair(app core.App, userID, matchID string) (*kernel.Pair, error) {
	pair, _, err := openActive(app, userID, matchID)
	return pair, err
}
