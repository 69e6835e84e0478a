package ui

import (
	"slices"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// settingsBlankAreas is how many empty area rows the form offers for new areas.
const settingsBlankAreas = 3

// settingsView is the settings page: the programme's settings as typed or stored.
type settingsView struct {
	programHeading
	Settings mentoring.ProgramSettings
	First    string // the programme's first language
	Locales  []string
	Zones    []string
	Areas    []areaRow // the programme's areas and blank rows for new ones
	Dates    []string
	Numbers  []string
	Modes    []string
	Labels   map[string]string // a date, number or mode → its label's catalog key
	// MailQueued: no SMTP server is set, so the mail the portal writes waits in the outbox;
	// said here because superusers, who set SMTP, open this page and not /coordinate.
	MailQueued bool
}

// settingsLabels are the catalog keys of the dates', numbers' and modes' labels.
var settingsLabels = map[string]string{
	"applications_open_at":     "settings.date.applications_open_at",
	"applications_close_at":    "settings.date.applications_close_at",
	"starts_at":                "settings.date.starts_at",
	"midpoint_at":              "settings.date.midpoint_at",
	"ends_at":                  "settings.date.ends_at",
	"recommended_meetings":     "settings.number.recommended_meetings",
	"roadbook_lead_days":       "settings.number.roadbook_lead_days",
	"invitation_ttl_days":      "settings.number.invitation_ttl_days",
	"max_pending_invitations":  "settings.number.max_pending_invitations",
	"default_capacity":         "settings.number.default_capacity",
	"ranked_invitations":       "booking.settings.ranked_invitations",
	"retention_months":         "privacy.settings.retention_months",
	"drift_after_days":         "drift.settings.drift_after_days",
	"close_after_days":         "closing.settings.close_after_days",
	kernel.MatchingCoordinated: "settings.mode.coordinated",
	kernel.MatchingSelfService: "settings.mode.self_service",
}

// Speaks reports whether lang is one of the programme's languages (the first one included).
func (v settingsView) Speaks(lang string) bool { return slices.Contains(v.Settings.Languages, lang) }

// Text is the typed text field of language lang.
func (v settingsView) Text(lang, field string) string { return v.Settings.Texts[lang][field] }

func newSettingsView(program *core.Record, locale string, s mentoring.ProgramSettings) settingsView {
	first := ""
	if len(s.Languages) > 0 {
		first = s.Languages[0]
	}
	areas := make([]areaRow, 0, len(s.Areas)+settingsBlankAreas)
	for i, a := range append(slices.Clone(s.Areas), make([]mentoring.Area, settingsBlankAreas)...) {
		areas = append(areas, areaRow{N: i + 1, Area: a})
	}
	return settingsView{programHeading: headingOf(program, locale), Settings: s,
		First: first, Locales: i18n.Locales, Zones: settingsZones, Areas: areas,
		Dates: mentoring.ProgramDateFields, Numbers: mentoring.ProgramNumberFields,
		Modes: []string{kernel.MatchingCoordinated, kernel.MatchingSelfService}, Labels: settingsLabels}
}

// areaRow is one row of the areas' table, numbered from 1 for the inputs' labels.
type areaRow struct {
	N int
	mentoring.Area
}

// settingsZones are offered as suggestions for the time zone; any IANA name is accepted.
var settingsZones = []string{"Europe/Paris", "Europe/Stockholm", "Europe/London", "Europe/Brussels",
	"Europe/Berlin", "Europe/Helsinki", "America/Montreal", "Africa/Dakar", "UTC"}

// readSettingsForm is the settings as the coordinator typed them. The first language comes
// from its own choice, the others from their boxes, so the programme's order is kept.
func readSettingsForm(e *core.RequestEvent) mentoring.ProgramSettings {
	f := e.Request.PostForm
	s := mentoring.ProgramSettings{Texts: map[string]map[string]string{}, Dates: map[string]string{},
		Numbers: map[string]string{}, Timezone: f.Get("timezone"), MatchingMode: f.Get("matching_mode"),
		RequiresApproval: f.Get("requires_approval") != "", Published: f.Get("published") != "", ContactEmail: f.Get("contact_email")}
	if first := f.Get("first_language"); i18n.Supported(first) {
		s.Languages = append(s.Languages, first)
	}
	for _, lang := range i18n.Locales {
		if slices.Contains(f["languages"], lang) && !slices.Contains(s.Languages, lang) {
			s.Languages = append(s.Languages, lang)
		}
		s.Texts[lang] = map[string]string{}
		for _, field := range mentoring.ProgramTextFields {
			s.Texts[lang][field] = f.Get(field + "_" + lang)
		}
	}
	for _, field := range mentoring.ProgramDateFields {
		s.Dates[field] = f.Get(field)
	}
	for _, field := range mentoring.ProgramNumberFields {
		s.Numbers[field] = f.Get(field)
	}
	for i, key := range f["area_key"] {
		area := mentoring.Area{Key: key, Labels: map[string]string{}}
		for _, lang := range i18n.Locales {
			if labels := f["area_"+lang]; i < len(labels) {
				area.Labels[lang] = labels[i]
			}
		}
		s.Areas = append(s.Areas, area)
	}
	return s
}
