package workspace

import (
	"slices"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// SuggestedAgreement is what the agreement form offers a pair that has none yet: the ways of
// meeting both chose in their applications (all of them when they share none) and the
// frequency that spreads the programme's recommended meetings over its duration.
func SuggestedAgreement(app core.App, pair *kernel.Pair) kernel.Agreement {
	suggestion := kernel.Agreement{Frequency: suggestedFrequency(pair.Program)}
	apps, err := app.FindRecordsByIds(kernel.CollectionApplications,
		[]string{pair.Match.GetString("mentor"), pair.Match.GetString("mentee")})
	if err == nil && len(apps) == 2 {
		for _, mode := range apps[0].GetStringSlice("meeting_modes") {
			if slices.Contains(apps[1].GetStringSlice("meeting_modes"), mode) {
				suggestion.Modes = append(suggestion.Modes, mode)
			}
		}
	}
	if len(suggestion.Modes) == 0 {
		suggestion.Modes = slices.Clone(kernel.MeetingModes)
	}
	return suggestion
}

// suggestedFrequency: weekly when a meeting is recommended every ten days or more often,
// fortnightly up to every three weeks, else monthly; monthly when the programme says nothing.
func suggestedFrequency(program *core.Record) string {
	start, end := program.GetDateTime("starts_at").Time(), program.GetDateTime("ends_at").Time()
	meetings := program.GetInt("recommended_meetings")
	if meetings <= 0 || start.IsZero() || !end.After(start) {
		return "monthly"
	}
	days := end.Sub(start).Hours() / 24 / float64(meetings)
	switch {
	case days <= 10:
		return "weekly"
	case days <= 21:
		return "fortnightly"
	}
	return "monthly"
}
