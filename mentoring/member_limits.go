package mentoring

import (
	"slices"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// CodeMemberStatus refuses a member moving their match, through the REST API, where the
// portal would not let them; it is a catalog key.
const CodeMemberStatus = "parity.error.member_status"

// CheckMemberMatchChange holds userID, a member of the match, to what the portal lets them
// do: the mentor declines a pending invitation with a reason the mentee reads (Respond), the
// mentee cancels it (CancelInvitation), and either writes the agreement. Everything else on
// the match (its end and why, its dates, the score, the answer outside a decline) is set by
// the portal or the coordinators, who are not held here, nor is anyone outside the pair.
func CheckMemberMatchChange(app core.App, match *core.Record, userID string) error {
	stored := match.Original()
	pair, err := kernel.PairOf(app, stored)
	if err != nil {
		return err
	}
	role := pair.Role(userID)
	if role == "" || slices.Contains(pair.Program.GetStringSlice("coordinators"), userID) {
		return nil
	}
	allowed := []string{"agreement"}
	if from, to := stored.GetString("status"), match.GetString("status"); from != to {
		answer := from == kernel.MatchInvited &&
			(role == kernel.RoleMentor && to == kernel.MatchDeclined || role == kernel.RoleMentee && to == kernel.MatchCancelled)
		if !answer {
			return kernel.RefuseField("status", CodeMemberStatus).Validation()
		}
		allowed = append(allowed, "status")
		if to == kernel.MatchDeclined {
			allowed = append(allowed, "response")
		}
	}
	for _, field := range kernel.ChangedFields(match) {
		if !slices.Contains(allowed, field) {
			return kernel.RefuseField(field, kernel.CodeSetByPortal).Validation()
		}
	}
	return nil
}

// RecordEndedBy names userID as who ended the match when their change closes or cancels it,
// as the portal's functions do, so the mentor's letter says who ended the pair; otherwise it
// refuses their setting ended_by, which only the server and the coordinators' dashboard write.
func RecordEndedBy(match *core.Record, userID string) error {
	from, to := match.Original().GetString("status"), match.GetString("status")
	if from != to && (to == kernel.MatchClosed || to == kernel.MatchCancelled) {
		match.Set("ended_by", userID)
		return nil
	}
	if match.GetString("ended_by") != match.Original().GetString("ended_by") {
		return kernel.RefuseField("ended_by", kernel.CodeSetByPortal).Validation()
	}
	return nil
}
