package workspace

import (
	"slices"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// SuggestedAgreement is what the agreement form offers a pair that has none yet: the ways of
// meeting both chose in their applications (all of them when they share none) and the
// frequency that spreads the programme's recommended meetings over its duration.
func SuggestedAgreement(app core.App, pair *kernel.Pair) kernel.Agreement {
	suggestion := kernel.Agreement{Frequency: suggestedFrequency(pair.Program)}
	// The two applications' ways of meeting alone: their answers are the bulk of a row.
	var apps []struct {
		Modes types.JSONArray[string] `db:"meeting_modes"`
	}
	err := app.DB().Select("meeting_modes").From(kernel.CollectionApplications).
		Where(dbx.In("id", pair.Match.GetString("mentor"), pair.Match.GetString("mentee"))).All(&apps)
	if err == nil && len(apps) == 2 {
		for _, mode := range apps[0].Modes {
			if slices.Contains(apps[1].Modes, mode) {
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
