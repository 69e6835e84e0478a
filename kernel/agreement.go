package kernel

import (
	"encoding/json"
	"slices"
	"strings"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/list"

	"github.com/mentorbase/mentorbase/outbox"
)

// AgreementFrequencies are how often a pair may agree to meet.
var AgreementFrequencies = []string{"weekly", "fortnightly", "monthly", "as_needed"}

// MeetingModes are the ways a pair meets, as in applications.meeting_modes and meetings.mode.
var MeetingModes = []string{ModeInPerson, ModeVideo, ModePhone}

// MaxExpectations is the longest text of what a pair expects of the relationship.
const MaxExpectations = 2000

// Agreement is the pair's mentoring agreement (matches.agreement): how often and how they
// meet and what they expect of each other. Each member confirms the terms; new terms keep
// only the confirmation of the member who wrote them, so the partner is asked again.
type Agreement struct {
	Frequency    string               `json:"frequency"`
	Modes        []string             `json:"modes"`
	Expectations string               `json:"expectations"`
	ProposedBy   string               `json:"proposed_by,omitempty"`
	Confirmed    map[string]time.Time `json:"confirmed,omitempty"` // role → when
}

// ReadAgreement returns the agreement stored on match; ok is false while there is none (or
// what is stored is not an agreement, which the record hooks refuse to save).
func ReadAgreement(match *core.Record) (a Agreement, ok bool) {
	a, present, err := ParseAgreement(match)
	return a, present && err == nil
}

// ParseAgreement reads match's agreement; present is false when the field is empty.
func ParseAgreement(match *core.Record) (a Agreement, present bool, err error) {
	raw := strings.TrimSpace(match.GetString("agreement"))
	if raw == "" || raw == "null" {
		return Agreement{}, false, nil
	}
	if err := json.Unmarshal([]byte(raw), &a); err != nil {
		return Agreement{}, true, validation.NewError("validation_invalid_value", "The agreement is not an agreement object.")
	}
	return a, true, nil
}

// Store writes a onto match.
func (a Agreement) Store(match *core.Record) {
	match.Set("agreement", a)
}

// SameTerms reports whether a and b say the same thing, whoever confirmed them.
func (a Agreement) SameTerms(b Agreement) bool {
	return a.Frequency == b.Frequency && a.Expectations == b.Expectations &&
		slices.Equal(sortedCopy(a.Modes), sortedCopy(b.Modes))
}

// ConfirmedBy reports whether the member with role confirmed these terms.
func (a Agreement) ConfirmedBy(role string) bool {
	return !a.Confirmed[role].IsZero()
}

// Confirm records that the member with role confirms the terms at now.
func (a *Agreement) Confirm(role string, now time.Time) {
	if a.Confirmed == nil {
		a.Confirmed = map[string]time.Time{}
	}
	a.Confirmed[role] = now.UTC().Truncate(time.Second)
}

// Validate checks the terms, each error under the name of its term.
func (a Agreement) Validate() error {
	return validation.Errors{
		"frequency":    validation.Validate(a.Frequency, validation.Required, validation.In(list.ToInterfaceSlice(AgreementFrequencies)...)),
		"modes":        validation.Validate(a.Modes, validation.Required, validation.Each(validation.In(list.ToInterfaceSlice(MeetingModes)...))),
		"expectations": validation.Validate(a.Expectations, validation.Length(0, MaxExpectations)),
		"confirmed": validation.Validate(a.Confirmed, validation.By(func(any) error {
			for role := range a.Confirmed {
				if role != RoleMentor && role != RoleMentee {
					return validation.NewError("validation_invalid_value", "Only the mentor and the mentee confirm.")
				}
			}
			return nil
		})),
	}.Filter()
}

func sortedCopy(values []string) []string {
	out := slices.Clone(values)
	slices.Sort(out)
	return out
}

// Phrases are the terms as lines of an e-mail in locale: how often and how, then the
// expectations quoted.
func (a Agreement) Phrases(locale string) []outbox.Phrase {
	modes := make([]string, len(a.Modes))
	for i, mode := range a.Modes {
		modes[i] = outbox.P("meeting.mode." + mode).Text(locale)
	}
	lines := []outbox.Phrase{outbox.P("agreement.mail.terms", "frequency", outbox.P("agreement.frequency."+a.Frequency).Text(locale),
		"modes", strings.Join(modes, ", "))}
	if a.Expectations != "" {
		lines = append(lines, outbox.P("agreement.mail.expectations"), outbox.Quoted(a.Expectations))
	}
	return lines
}
