package ui

import (
	"strconv"
	"time"

	messages "github.com/mentorbase/mentorbase/catalog"
)

// pairCells are a pair's cells as the list says them, written in Go once per row: the row
// template called t, date and dict about ten times a row, and html/template's calls through
// reflection were a third of the page's time at 50 pairs a page.
type pairCells struct {
	Status, Started, Agreement, Held, Roadbook, LastMeeting string
	Attention                                               []string // why the pair needs a look, each said with the quiet days
	Closing                                                 string   // until when the closing warning runs, or since when it ran out
	CheckinAnswer, CheckinBy                                string
}

// say writes the row's cells in locale; recommended is the programme's recommended meetings
// (0: none), quietDays its drift_after_days.
func (r *pairRow) say(locale string, recommended, quietDays int) {
	t := func(key string, args ...any) string { return messages.Catalog.T(locale, key, args...) }
	c := pairCells{Status: t(r.StatusKey), Started: dateText(r.Started), Agreement: t(r.AgreementKey),
		Held: t("pairs.held", "held", r.MeetingsHeld, "recommended", recommended), Roadbook: t("pairs.roadbook_missing"),
		LastMeeting: t("pairs.no_meeting")}
	if recommended == 0 {
		c.Held = strconv.Itoa(r.MeetingsHeld)
	}
	if r.Roadbook {
		c.Roadbook = t("pairs.roadbook_submitted")
	}
	if !r.LastMeeting.IsZero() {
		c.LastMeeting = dateText(r.LastMeeting)
	}
	for _, key := range r.Attention {
		c.Attention = append(c.Attention, t(key, "days", quietDays))
	}
	if r.Closing != nil {
		c.Closing = t("closing.pairs.until", "date", dateText(r.Closing.Until))
		if r.Closing.RanOut {
			c.Closing = t("closing.pairs.ran_out", "date", dateText(r.Closing.Until))
		}
	}
	if r.Checkin != nil {
		c.CheckinAnswer = t(r.Checkin.AnswerKey)
		c.CheckinBy = t("drift.answered_by", "name", r.Checkin.Author, "date", dateText(r.Checkin.At))
	}
	r.Cells = c
}

// dateText is a day as the pages write it (the templates' date), empty for the zero time.
func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
