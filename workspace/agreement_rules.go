package workspace

import (
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// Codes of the refusals of a member writing the agreement through the REST API; each is a
// catalog key.
const (
	CodeAgreedAt         = "parity.error.agreed_at"
	CodeAgreementMember  = "parity.error.agreement_member"
	CodeAgreementRemoved = "parity.error.agreement_removed"
)

// CheckAgreement refuses agreement terms that do not parse or are not valid, whoever saves
// the match, so every reader of the agreement can trust its terms.
func CheckAgreement(match *core.Record) error {
	a, present, err := kernel.ParseAgreement(match)
	if err == nil && present {
		err = a.Validate()
	}
	if err != nil {
		return validation.Errors{"agreement": err}
	}
	return nil
}

// WriteMemberAgreement lets userID write the agreement of match as the portal does: saving
// terms confirms them for the member who saves, changed terms drop the partner's
// confirmation, and nobody sets the partner's confirmation or acceptance times. It answers a
// *kernel.Error for a refusal and validation errors for terms that do not parse.
// Coordinators follow the agreement but do not write it.
func WriteMemberAgreement(app core.App, match *core.Record, userID string, now time.Time) error {
	old := match.Original()
	for _, f := range []string{"mentor_agreed_at", "mentee_agreed_at"} {
		if match.GetString(f) != old.GetString(f) {
			return kernel.Refuse(CodeAgreedAt)
		}
	}
	if match.GetString("agreement") == old.GetString("agreement") {
		return nil
	}
	before, hadTerms := kernel.ReadAgreement(old)
	after, present, err := kernel.ParseAgreement(match)
	if err != nil {
		return validation.Errors{"agreement": err}
	}
	pair, err := kernel.FindPair(app, match.Id)
	if err != nil {
		return err
	}
	role := pair.Role(userID)
	if role == "" || match.GetString("status") != kernel.MatchActive {
		return kernel.Refuse(CodeAgreementMember)
	}
	if !present {
		return kernel.Refuse(CodeAgreementRemoved)
	}
	confirmed := map[string]time.Time{}
	if hadTerms && before.SameTerms(after) {
		confirmed, after.ProposedBy = before.Confirmed, before.ProposedBy
	} else {
		after.ProposedBy = userID
	}
	after.Confirmed = confirmed
	after.Confirm(role, now)
	after.Store(match)
	return nil
}
