package ui

import (
	"net/url"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// previewSlots is how many of the partner's next free slots the match page shows.
const previewSlots = 3

// bookingLinks is the match page's way to booking: the partner's next free slots, each a
// link to the booking page with it chosen, and whether the viewer offers their own times.
type bookingLinks struct {
	Show                  bool // a member of an active pair
	MatchID, PartnerName  string
	PartnerOffers, Offers bool
	Next                  []slotLink
}

// slotLink is one free slot as the match page links to it.
type slotLink struct{ Weekday, Date, From, To, Href string }

// newBookingLinks is what the match page says about booking to its viewer. The slots come
// from CachedOffer, for the pair the page opened: the match page never waits on a free/busy
// calendar, so when one was not read lately it shows the link to the booking page alone.
func newBookingLinks(e *core.RequestEvent, pair *kernel.Pair, canAct bool) (bookingLinks, error) {
	if !canAct {
		return bookingLinks{}, nil
	}
	partner := pair.Partner(e.Auth.Id)
	links := bookingLinks{Show: true, MatchID: pair.Match.Id, PartnerName: partner.GetString("name")}
	offer, err := workspace.CachedOffer(e.App, pair, e.Auth.Id, time.Now())
	if err != nil {
		return links, err
	}
	links.Offers, links.PartnerOffers = offer.ViewerOffers, offer.HasHours
	for _, slot := range offer.Slots[:min(previewSlots, len(offer.Slots))] {
		choice, weekday, date := newSlotChoice(slot, offer.Zone)
		links.Next = append(links.Next, slotLink{Weekday: weekday, Date: date, From: choice.From, To: choice.To,
			Href: "/matches/" + pair.Match.Id + "/slots?slot=" + url.QueryEscape(choice.Value) + "#slot-book"})
	}
	return links, nil
}

// newSlotChoice is slot as the viewer reads it in zone: the value a booking posts, its times,
// and the catalog key of its weekday and its date (YYYY-MM-DD), which the match page's
// links and the booking page's days both show.
func newSlotChoice(slot workspace.Interval, zone *time.Location) (choice slotChoice, weekday, date string) {
	start, end := slot.Start.In(zone), slot.End.In(zone)
	choice = slotChoice{Value: slot.Start.UTC().Format(slotLayout), From: start.Format("15:04"), To: end.Format("15:04")}
	return choice, weekdayKey(start), start.Format(time.DateOnly)
}

// weekdayKey is the catalog key of t's weekday.
func weekdayKey(t time.Time) string {
	return "booking.weekday." + workspace.Weekdays[(int(t.Weekday())+6)%7]
}
