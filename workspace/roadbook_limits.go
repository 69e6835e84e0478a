package workspace

import (
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// Codes of the refusals that hold a member, through the REST API, to what the portal lets
// them do with the road-book; each is a catalog key.
const (
	CodeRoadbookSubmitted = "parity.error.roadbook_submitted"
	CodeRoadbookMentee    = "parity.error.roadbook_mentee"
)

// roadbookTexts are the road-book's texts, every one of which a submission needs, as
// SubmitRoadbook asks.
var roadbookTexts = []string{"professional_project", "path_and_motivation", "strategy", "action_plan"}

// CheckMemberRoadbook holds userID to the portal's road-book: the mentee writes it while the
// pair is active, until it is submitted (SaveRoadbook); submitting needs every text and is
// dated by the server (SubmitRoadbook), so the date is set here whatever was sent.
// Coordinators read it but do not write it, as in the portal.
func CheckMemberRoadbook(app core.App, roadbook *core.Record, userID string) error {
	if !roadbook.IsNew() && !roadbook.Original().GetDateTime("submitted_at").IsZero() {
		return kernel.RefuseField("submitted_at", CodeRoadbookSubmitted).Validation()
	}
	pair, err := kernel.FindPair(app, roadbook.GetString("match"))
	if err != nil {
		return err
	}
	if pair.Role(userID) != kernel.RoleMentee || pair.Match.GetString("status") != kernel.MatchActive {
		return kernel.RefuseField("match", CodeRoadbookMentee).Validation()
	}
	if roadbook.GetDateTime("submitted_at").IsZero() {
		return nil
	}
	errs := validation.Errors{}
	for _, field := range roadbookTexts {
		if strings.TrimSpace(roadbook.GetString(field)) == "" {
			errs[field] = validation.ErrRequired
		}
	}
	if len(errs) > 0 {
		return errs
	}
	roadbook.Set("submitted_at", types.NowDateTime())
	return nil
}
