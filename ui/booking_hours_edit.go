package ui

import (
	"net/http"
	"strconv"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// bookingZones are the time zones the availability form suggests; any IANA name is taken.
var bookingZones = []string{"Europe/Paris", "Europe/Stockholm", "Europe/London", "Europe/Brussels", "Europe/Berlin",
	"Europe/Helsinki", "Europe/Lisbon", "Europe/Madrid", "Europe/Oslo", "Europe/Copenhagen", "Europe/Zurich",
	"Africa/Casablanca", "Africa/Dakar", "Africa/Abidjan", "America/Montreal", "America/New_York",
	"America/Los_Angeles", "Asia/Tokyo", "Asia/Singapore", "Australia/Sydney", "UTC"}

// hoursView is the availability page: the pair it was opened from and the form's choices.
type hoursView struct {
	MatchID, PartnerName string
	Days                 []hoursDay // Monday first
	Zones                []string
	Lengths              []int
}

// hoursDay is one weekday's field of the availability form and the catalog key of its label.
type hoursDay struct{ Field, Label string }

// bookingHoursEdit shows a member of an active pair their availability for booking, the
// same for all their pairs, opened from one of them.
func (s *server) bookingHoursEdit(e *core.RequestEvent) error {
	pair, err := workspace.BookingPair(e.App, e.Auth.Id, e.Request.PathValue("id"))
	if err != nil {
		return s.answerRefusal(e, err, nil)
	}
	form := map[string]string{"timezone": kernel.ProgramZone(pair.Program).String(),
		"slot_minutes": strconv.Itoa(int(workspace.DefaultSlotLength.Minutes()))}
	h, ok, err := workspace.HoursFor(e.App, e.Auth.Id)
	if err != nil {
		return err
	}
	if ok {
		form = workspace.HoursForm(h)
	}
	return s.renderHours(e, http.StatusOK, pair, form, map[string]string{})
}

// renderHours renders the availability form, also with what was typed and its errors.
func (s *server) renderHours(e *core.RequestEvent, status int, pair *kernel.Pair, form, errs map[string]string) error {
	p := newPage(e, "booking.hours.title")
	p.Form, p.Errors = form, errs
	v := hoursView{MatchID: pair.Match.Id, PartnerName: pair.Partner(e.Auth.Id).GetString("name"),
		Zones: bookingZones, Lengths: workspace.SlotLengths}
	for _, day := range workspace.Weekdays {
		v.Days = append(v.Days, hoursDay{Field: day, Label: "booking.weekday." + day})
	}
	p.Data = v
	return s.render(e, status, "booking_hours_edit", p)
}
