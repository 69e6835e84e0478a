package mentoring

import (
	"slices"
	"strconv"
	"strings"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/ozzo-validation/v4/is"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/kernel"
)

// ProgramDateFields are the programme's dates in the order its phases follow.
var ProgramDateFields = programDateOrder

// ProgramNumberFields are the programme's numbers a coordinator sets on its settings page.
var ProgramNumberFields = []string{"recommended_meetings", "roadbook_lead_days", "invitation_ttl_days", "max_pending_invitations", "default_capacity", "ranked_invitations", "retention_months", "drift_after_days", "close_after_days"}

// Catalog codes of the settings' refusals.
const (
	CodeSettingsNumber    = "settings.error.number"
	CodeSettingsLanguages = "settings.error.languages"
	CodeSettingsName      = "settings.error.name"
	CodeSettingsZone      = "settings.error.timezone"
	CodeSettingsAreas     = "settings.error.areas"
	CodeSettingsPending   = "settings.error.pending"
	// CodeSettingsNumberMax refuses a number over the schema's largest, which it names.
	CodeSettingsNumberMax = "settings.error.number_max"
	// CodeSettingsInvitationDays refuses an invitation expiry under a day.
	CodeSettingsInvitationDays = "settings.error.invitation_days"
)

// ProgramSettings is what a coordinator sets on a programme's settings page, as typed: dates
// on the programme's wall clock, numbers as text, so a refusal gives everything back.
type ProgramSettings struct {
	Languages        []string
	Texts            map[string]map[string]string // language → name, summary, description
	Timezone         string
	Dates            map[string]string // field → "2006-01-02T15:04" in Timezone
	Numbers          map[string]string
	MatchingMode     string
	RequiresApproval bool
	Published        bool
	ContactEmail     string
	Areas            []Area
}

// ReadProgramSettings is a programme's settings as its settings page shows them.
func ReadProgramSettings(program *core.Record) ProgramSettings {
	loc := kernel.ProgramZone(program)
	s := ProgramSettings{
		Languages: program.GetStringSlice("languages"), Texts: map[string]map[string]string{},
		Timezone: program.GetString("timezone"), Dates: map[string]string{}, Numbers: map[string]string{},
		MatchingMode: program.GetString("matching_mode"), RequiresApproval: program.GetBool("requires_approval"),
		Published:    program.GetBool("published"),
		ContactEmail: program.GetString("contact_email"), Areas: ProgramAreas(program),
	}
	for _, lang := range i18n.Locales {
		s.Texts[lang] = map[string]string{}
		for _, field := range ProgramTextFields {
			s.Texts[lang][field] = program.GetString(field + "_" + lang)
		}
	}
	for _, field := range ProgramDateFields {
		s.Dates[field] = kernel.LocalInput(program.GetDateTime(field).Time(), loc)
	}
	for _, field := range ProgramNumberFields {
		s.Numbers[field] = strconv.Itoa(program.GetInt(field))
	}
	return s
}

// SaveProgramSettings writes s into program. What cannot be read (a date the clocks skip, a
// number that is not one, no language, no name in the first language) is refused beside its
// field, all at once with the record's own rules (dates in order, areas, a valid e-mail).
func SaveProgramSettings(app core.App, program *core.Record, s ProgramSettings) error {
	errs := validation.Errors{}
	languages := slices.DeleteFunc(slices.Clone(s.Languages), func(l string) bool { return !i18n.Supported(l) })
	if len(languages) == 0 {
		errs["languages"] = kernel.RefuseField("languages", CodeSettingsLanguages)
	} else if strings.TrimSpace(s.Texts[languages[0]]["name"]) == "" {
		errs["name_"+languages[0]] = kernel.RefuseField("name_"+languages[0], CodeSettingsName)
	}
	setTyped(program, s, errs)
	email := strings.TrimSpace(s.ContactEmail)
	if err := is.EmailFormat.Validate(email); err != nil {
		errs["contact_email"] = err
	}
	for field, err := range ValidateProgram(program) {
		if errs[field] == nil {
			errs[field] = err
		}
	}
	if len(errs) > 0 {
		return errs
	}
	program.Set("languages", languages)
	for _, lang := range i18n.Locales {
		for _, field := range ProgramTextFields {
			program.Set(field+"_"+lang, strings.TrimSpace(s.Texts[lang][field]))
		}
	}
	for _, field := range ProgramTextFields {
		program.Set(field, program.GetString(field+"_"+languages[0]))
	}
	program.Set("timezone", s.Timezone)
	program.Set("matching_mode", s.MatchingMode)
	program.Set("requires_approval", s.RequiresApproval)
	program.Set("published", s.Published)
	program.Set("contact_email", email)
	return app.Save(program)
}

// setTyped sets on program the settings typed as text — dates on the wall clock of the
// typed zone, numbers, areas — and adds to errs, by field, what cannot be read.
func setTyped(program *core.Record, s ProgramSettings, errs validation.Errors) {
	loc, err := time.LoadLocation(s.Timezone)
	if err != nil || s.Timezone == "" || s.Timezone == "Local" {
		errs["timezone"] = kernel.RefuseField("timezone", CodeSettingsZone)
		loc = kernel.ProgramZone(program)
	}
	for _, field := range ProgramDateFields {
		t, err := kernel.ParseLocalInput(field, s.Dates[field], loc)
		if err != nil {
			errs[field] = err
			continue
		}
		program.Set(field, t)
	}
	for _, field := range ProgramNumberFields {
		if n, err := readNumber(program, field, s.Numbers[field]); err != nil {
			errs[field] = err
		} else {
			program.Set(field, n)
		}
	}
	setAreas(program, s.Areas)
	if refused := CheckAreas(program); refused != nil {
		errs[refused.Field] = refused // with its arguments, which ValidateProgram's copy drops
	}
}

// readNumber reads the number typed for field, refused with the bounds it must fall in: those
// of the programme's rules (at least one pending invitation, a day to answer one) and the
// schema's largest value, named in the message rather than PocketBase's bare "invalid value".
func readNumber(program *core.Record, field, typed string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(typed))
	largest := schemaMax(program, field)
	switch {
	case field == "max_pending_invitations" && (err != nil || n < 1 || n > MaxPendingLimit):
		return 0, kernel.RefuseField(field, CodeSettingsPending, "max", MaxPendingLimit)
	case field == "invitation_ttl_days" && (err != nil || n < 1 || n > largest):
		return 0, kernel.RefuseField(field, CodeSettingsInvitationDays, "max", largest)
	case err != nil || n < 0:
		return 0, kernel.RefuseField(field, CodeSettingsNumber)
	case largest > 0 && n > largest:
		return 0, kernel.RefuseField(field, CodeSettingsNumberMax, "max", largest)
	}
	return n, nil
}

// schemaMax is the largest value the programs schema lets field hold, 0 when it sets none.
func schemaMax(program *core.Record, field string) int {
	if f, ok := program.Collection().Fields.GetByName(field).(*core.NumberField); ok && f.Max != nil {
		return int(*f.Max)
	}
	return 0
}

// setAreas writes the areas' keys in order and their labels per language; a row without a
// key is dropped. Two rows with the same key are refused with the record (CheckAreas).
func setAreas(program *core.Record, areas []Area) {
	keys := []string{}
	labels := map[string]map[string]string{}
	for _, a := range areas {
		key := strings.TrimSpace(a.Key)
		if key == "" {
			continue
		}
		keys = append(keys, key)
		for lang, label := range a.Labels {
			if label = strings.TrimSpace(label); label != "" && i18n.Supported(lang) {
				if labels[key] == nil {
					labels[key] = map[string]string{}
				}
				labels[key][lang] = label
			}
		}
	}
	program.Set("areas", keys)
	program.Set("area_labels", labels)
}
