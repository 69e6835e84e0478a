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

// directoryFilters are o's filters as the form's fields, a label and a select of their choices
// each, for a page in locale, written here once per page with the indentation the form puts
// between them: the template wrote each of some sixty options with four reflective calls,
// and each of the seven fields with ten. The names are the filters' own, which need no
// escaping.
func directoryFilters(o directoryOptions, locale string) template.HTML {
	filters := [...]struct {
		name, label string // the query parameter, the catalog key of the field's label
		choices     []directoryChoice
	}{
		{"skill", "directory.filter.skill", o.Skills}, {"industry", "directory.filter.industry", o.Industries},
		{"job_function", "directory.filter.job_function", o.JobFunctions}, {"language", "directory.filter.language", o.Languages},
		{"area", "directory.filter.area", o.Areas}, {"city", "directory.filter.city", o.Cities},
		{"mode", "directory.filter.mode", o.Modes},
	}
	var b strings.Builder
	b.Grow(8000)
	anyChoice := htmlText(messages.Catalog.T(locale, "directory.filter.any"))
	for i, f := range filters {
		if i > 0 {
			b.WriteString("\n  ")
		}
		b.WriteString("<div class=\"field\">\n  <label for=\"f-" + f.name + "\">")
		b.WriteString(htmlText(messages.Catalog.T(locale, f.label)))
		b.WriteString("</label>\n  <select id=\"f-" + f.name + "\" name=\"" + f.name + "\">\n    <option value=\"\">")
		b.WriteString(anyChoice)
		b.WriteString("</option>\n    ")
		for _, c := range f.choices {
			writeOption(&b, locale, c.Value, c.Label, c.Lang, c.Selected)
		}
		b.WriteString("\n  </select>\n</div>")
	}
	return template.HTML(b.String())
}
