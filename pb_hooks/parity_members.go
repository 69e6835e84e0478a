package pb_hooks

import (
	"fmt"
	"slices"
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// Codes of the refusals that hold a member of a pair, through the REST API, to what the portal
// lets them do; each is a catalog key, as for the lifecycle rules.
const (
	CodeSetByPortal       = "parity.error.set_by_portal"
	CodeMemberStatus      = "parity.error.member_status"
	CodeRoadbookSubmitted = "parity.error.roadbook_submitted"
	CodeRoadbookMentee    = "parity.error.roadbook_mentee"
)

// roadbookTexts are the road-book's texts, every one of which a submission needs, as
// workspace.SubmitRoadbook asks.
var roadbookTexts = []string{"professional_project", "path_and_motivation", "strategy", "action_plan"}

// bindMemberLimits holds members of a pair, through the REST API, to the portal's actions on
// their match and their road-book. The API rules say who reaches a record; these hooks say
// what each may change in it, by comparing every field, so a field added later is guarded
// without a new rule. Superusers (the dashboard) may fix data.
func bindMemberLimits(app core.App) {
	app.OnRecordUpdateRequest(kernel.CollectionMatches).BindFunc(matchMemberRequest)
	app.OnRecordCreateRequest(kernel.CollectionRoadbooks).BindFunc(roadbookRequest)
	app.OnRecordUpdateRequest(kernel.CollectionRoadbooks).BindFunc(roadbookRequest)
}

// changedFields lists the fields the request changes in record, as loaded from the database.
// Automatic dates are the server's and never count.
func changedFields(record *core.Record) []string {
	original := record.Original()
	var changed []string
	for _, f := range record.Collection().Fields {
		if _, auto := f.(*core.AutodateField); auto {
			continue
		}
		name := f.GetName()
		if fmt.Sprint(record.GetRaw(name)) != fmt.Sprint(original.GetRaw(name)) {
			changed = append(changed, name)
		}
	}
	return changed
}

// matchMemberRequest: a member answers a pending invitation as the portal lets them — the
// mentor declines it with a reason the mentee reads (mentoring.Respond), the mentee cancels it
// (mentoring.CancelInvitation) — and writes the agreement (agreementRequest). Everything else
// on the match (its end and why, its dates, the score, the answer outside a decline) is set
// by the portal or the coordinators, who are not held here.
func matchMemberRequest(e *core.RecordRequestEvent) error {
	if e.HasSuperuserAuth() || e.Auth == nil {
		return e.Next()
	}
	stored := e.Record.Original()
	pair, err := kernel.PairOf(e.App, stored)
	if err != nil {
		return err
	}
	role := pair.Role(e.Auth.Id)
	if role == "" || slices.Contains(pair.Program.GetStringSlice("coordinators"), e.Auth.Id) {
		return e.Next()
	}
	allowed := []string{"agreement"}
	if from, to := stored.GetString("status"), e.Record.GetString("status"); from != to {
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
	for _, field := range changedFields(e.Record) {
		if !slices.Contains(allowed, field) {
			return kernel.RefuseField(field, CodeSetByPortal).Validation()
		}
	}
	return e.Next()
}

// roadbookRequest: the mentee writes the road-book while the pair is active, until it is
// submitted (workspace.SaveRoadbook); submitting needs every text and is dated by the server
// (workspace.SubmitRoadbook). Coordinators read it but do not write it, as in the portal.
func roadbookRequest(e *core.RecordRequestEvent) error {
	if e.HasSuperuserAuth() || e.Auth == nil {
		return e.Next()
	}
	if !e.Record.IsNew() && !e.Record.Original().GetDateTime("submitted_at").IsZero() {
		return kernel.RefuseField("submitted_at", CodeRoadbookSubmitted).Validation()
	}
	pair, err := kernel.FindPair(e.App, e.Record.GetString("match"))
	if err != nil {
		return err
	}
	if pair.Role(e.Auth.Id) != kernel.RoleMentee || pair.Match.GetString("status") != kernel.MatchActive {
		return kernel.RefuseField("match", CodeRoadbookMentee).Validation()
	}
	if e.Record.GetDateTime("submitted_at").IsZero() {
		return e.Next()
	}
	errs := validation.Errors{}
	for _, field := range roadbookTexts {
		if strings.TrimSpace(e.Record.GetString(field)) == "" {
			errs[field] = validation.ErrRequired
		}
	}
	if len(errs) > 0 {
		return errs
	}
	e.Record.Set("submitted_at", types.NowDateTime())
	return e.Next()
}
