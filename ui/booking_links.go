package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// bookingLinks is the match page's way to booking: whether the partner offers times to book
// and whether the viewer offers their own.
type bookingLinks struct {
	Show                  bool // a member of an active pair
	MatchID, PartnerName  string
	PartnerOffers, Offers bool
}

// newBookingLinks is what the match page says about booking to viewerID.
func newBookingLinks(app core.App, pair *kernel.Pair, viewerID string, canAct bool) (bookingLinks, error) {
	if !canAct {
		return bookingLinks{}, nil
	}
	partner := pair.Partner(viewerID)
	links := bookingLinks{Show: true, MatchID: pair.Match.Id, PartnerName: partner.GetString("name")}
	for who, into := range map[string]*bool{partner.Id: &links.PartnerOffers, viewerID: &links.Offers} {
		record, err := workspace.FindHours(app, who)
		if err != nil {
			return links, err
		}
		*into = record != nil
	}
	return links, nil
}
