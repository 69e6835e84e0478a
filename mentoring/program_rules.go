package mentoring

import (
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// programDefaults are the numbers a programme gets when a coordinator leaves one empty, as the
// seed programmes do, so a programme created in the dashboard runs without them being set.
var programDefaults = map[string]int{
	"roadbook_lead_days":      3,
	"invitation_ttl_days":     14,
	"max_pending_invitations": 3,
	"default_capacity":        2,
	"recommended_meetings":    3,
	"retention_months":        12,
	"drift_after_days":        30,
	"close_after_days":        90,
}

// programDateOrder is the order a programme's phases follow; each date, when set, must come
// after the ones before it (starts_at may equal applications_close_at).
var programDateOrder = []string{
	"applications_open_at", "applications_close_at", "starts_at", "midpoint_at", "ends_at",
}

// CodeCriteria refuses matching criteria the engine cannot read; it is a catalog key.
const CodeCriteria = "parity.error.criteria"

// ApplyProgramDefaults fills the numbers a new programme left empty with programDefaults.
func ApplyProgramDefaults(program *core.Record) {
	for field, value := range programDefaults {
		if program.GetInt(field) == 0 {
			program.Set(field, value)
		}
	}
}

// MaxPendingLimit is the most invitations a programme may let a mentee have pending at once,
// the schema's bound of max_pending_invitations.
const MaxPendingLimit = 50

// ValidateProgram refuses a pending-invitations limit no mentee could invite with, invitations
// that would expire before they could be answered (0 days), an unknown time zone, areas that
// cannot be told apart, unreadable matching criteria and dates out of order, with errors keyed
// by field so the dashboard shows each beside its field.
func ValidateProgram(program *core.Record) validation.Errors {
	errs := validation.Errors{}
	if tz := program.GetString("timezone"); tz != "" {
		if _, err := time.LoadLocation(tz); err != nil || tz == "Local" {
			errs["timezone"] = validation.NewError("validation_invalid_timezone",
				"Must be an IANA time zone such as Europe/Paris.")
		}
	}
	if refused := CheckAreas(program); refused != nil {
		errs[refused.Field] = refused.Validation()[refused.Field]
	}
	if n := program.GetInt("max_pending_invitations"); n < 1 || n > MaxPendingLimit {
		field := "max_pending_invitations"
		errs[field] = kernel.RefuseField(field, CodeSettingsPending, "max", MaxPendingLimit).Validation()[field]
	}
	if program.GetInt("invitation_ttl_days") < 1 {
		field := "invitation_ttl_days"
		errs[field] = kernel.RefuseField(field, CodeSettingsInvitationDays, "max", schemaMax(program, field)).Validation()[field]
	}
	if _, err := ProgramCriteria(program); err != nil {
		errs["criteria"] = kernel.RefuseField("criteria", CodeCriteria, "reason", err.Error()).Validation()["criteria"]
	}
	var prevField string
	var prev time.Time
	for _, field := range programDateOrder {
		t := program.GetDateTime(field).Time()
		if t.IsZero() {
			continue
		}
		outOfOrder := t.Before(prev) || (t.Equal(prev) && field != "starts_at")
		if prevField != "" && outOfOrder {
			errs[field] = validation.NewError("validation_date_order", "Must be after "+prevField+".")
		}
		prevField, prev = field, t
	}
	return errs
}
