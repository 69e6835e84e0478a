package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"

	"github.com/mentorbase/mentorbase/workspace"
)

// slotsView is the booking page: the partner's free slots by day, in the viewer's zone.
type slotsView struct {
	MatchID, PartnerName string
	HasHours             bool
	Zone, OwnerZone      string
	Minutes, Weeks       int
	Days                 []slotDay
	CalendarFailed       bool   // a free/busy calendar could not be read: slots shown without it
	Token                string // the booking form's one-time token, kept by a refused post
}

// slotDay is one day's free slots.
type slotDay struct {
	Weekday, Date string // catalog key of the weekday, YYYY-MM-DD
	Slots         []slotChoice
}

// slotChoice is one free slot: the value posted (its start in UTC) and its times.
type slotChoice struct {
	Value, From, To string
}

// slotLayout is how a slot's start is posted: RFC 3339 in UTC, unambiguous whatever the zones.
const slotLayout = time.RFC3339

// bookingSlotsShow shows a member of an active pair the free slots their partner offers.
// A slot picked on the match page comes chosen (?slot=).
func (s *server) bookingSlotsShow(e *core.RequestEvent) error {
	p := newPage(e, "booking.slots.title")
	p.Form["slot"] = e.Request.URL.Query().Get("slot")
	return s.renderSlots(e, http.StatusOK, p)
}

// renderSlots renders the booking page, also after a booking that did not go through (p then
// holds what was chosen and the errors).
func (s *server) renderSlots(e *core.RequestEvent, status int, p *page) error {
	matchID := e.Request.PathValue("id")
	offer, err := workspace.OfferFor(e.Request.Context(), e.App, e.Auth.Id, matchID, time.Now())
	if err != nil {
		return s.answerRefusal(e, err, nil)
	}
	v := slotsView{MatchID: matchID, PartnerName: offer.Owner.GetString("name"), HasHours: offer.HasHours,
		Zone: offer.Zone.String(), Weeks: workspace.BookingDays / 7, CalendarFailed: offer.CalendarFailed}
	if offer.HasHours {
		v.OwnerZone, v.Minutes = offer.Hours.Zone.String(), int(offer.Hours.Length/time.Minute)
	}
	for _, slot := range offer.Slots {
		choice, weekday, date := newSlotChoice(slot, offer.Zone)
		if len(v.Days) == 0 || v.Days[len(v.Days)-1].Date != date {
			v.Days = append(v.Days, slotDay{Weekday: weekday, Date: date})
		}
		day := &v.Days[len(v.Days)-1]
		day.Slots = append(day.Slots, choice)
	}
	if v.Token = p.Form["form_token"]; v.Token == "" {
		v.Token = security.RandomString(32)
	}
	p.Data = v
	return s.render(e, status, "booking_slots_show", p)
}
