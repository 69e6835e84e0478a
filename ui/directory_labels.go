package ui

import (
	"html/template"
	"strings"

	messages "github.com/mentorbase/mentorbase/catalog"
)

// directoryLabels are the words every card of a directory page repeats, translated once for
// the page rather than twenty times (directoryCards).
type directoryLabels struct {
	Skills, Languages, Place, Modes string
	ViewProfile, Invite             string
}

func newDirectoryLabels(locale string) directoryLabels {
	t := func(key string) string { return messages.Catalog.T(locale, key) }
	return directoryLabels{Skills: t("directory.skills"), Languages: t("directory.languages"), Place: t("directory.place"),
		Modes: t("directory.modes"), ViewProfile: t("directory.view_profile"), Invite: t("directory.invite.submit")}
}

// seatBadge is a card's badge: the viewer's own mentor, a pause and its end, no seat left, or
// the seats left; Full when the mentor cannot be invited now.
type seatBadge struct {
	Text string
	Full bool
}

// newSeatBadge is card's badge for a viewer whose current mentor is current (nil: none).
func newSeatBadge(locale string, card mentorCard, current *currentMentor) seatBadge {
	switch {
	case current != nil && current.MentorID == card.ID:
		return seatBadge{Text: messages.Catalog.T(locale, "directory.your_mentor")}
	case card.Openness.PausedUntil != "":
		return seatBadge{Text: messages.Catalog.T(locale, "availability.badge.paused", "date", card.Openness.PausedUntil), Full: true}
	case card.AtCapacity:
		return seatBadge{Text: messages.Catalog.T(locale, "directory.no_seat"), Full: true}
	}
	return seatBadge{Text: messages.Catalog.T(locale, "directory.seats_left", "count", card.SeatsLeft)}
}

// directoryMenus are the filters' choices as <option> elements, written here once per page:
// the template wrote each of some sixty options with four reflective calls.
type directoryMenus struct {
	Skills, Industries, JobFunctions template.HTML
	Languages, Areas, Cities, Modes  template.HTML
}

// menus writes o's choices for a page in locale.
func (o directoryOptions) menus(locale string) directoryMenus {
	write := func(choices []directoryChoice) template.HTML {
		var b strings.Builder
		for _, c := range choices {
			b.WriteString(`<option value="` + htmlText(c.Value) + `"`)
			if c.Selected {
				b.WriteString(" selected")
			}
			b.WriteString(string(langAttr(locale, c.Lang)) + ">" + htmlText(c.Label) + "</option>")
		}
		return template.HTML(b.String())
	}
	return directoryMenus{Skills: write(o.Skills), Industries: write(o.Industries), JobFunctions: write(o.JobFunctions),
		Languages: write(o.Languages), Areas: write(o.Areas), Cities: write(o.Cities), Modes: write(o.Modes)}
}
