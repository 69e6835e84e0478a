package mentoring

import (
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// CodeAcceptedAt refuses moving an acceptance in time; it is a catalog key.
const CodeAcceptedAt = "parity.error.accepted_at"

// CheckApplicationCharter refuses an application created, or brought back to submitted, by
// someone who has not accepted the programme's current charter at now, as Apply does: the
// REST API and the dashboard may not skip the charter the portal asks for.
func CheckApplicationCharter(app core.App, application *core.Record, now time.Time) error {
	resubmitted := application.GetString("status") == kernel.ApplicationSubmitted &&
		application.Original().GetString("status") != kernel.ApplicationSubmitted
	if !application.IsNew() && !resubmitted {
		return nil
	}
	ok, err := kernel.HasAcceptedCharter(app, application.GetString("user"), application.GetString("program"), now)
	if err != nil {
		return err
	}
	if !ok {
		return kernel.RefuseField("charter", kernel.CodeCharterNotAccepted).Validation()
	}
	return nil
}

// DateAcceptance dates a new charter acceptance with the server's clock, whatever the client
// sent: an acceptance is a signature, and when it was given is a fact to record, not a value
// to choose.
func DateAcceptance(acceptance *core.Record) {
	acceptance.Set("accepted_at", types.NowDateTime())
}

// CheckAcceptanceDate refuses changing the date an acceptance was given, as stored, so the
// date DateAcceptance recorded stays.
func CheckAcceptanceDate(app core.App, acceptance *core.Record) error {
	stored, err := kernel.StoredValue(app, acceptance, "accepted_at")
	if err != nil {
		return err
	}
	if acceptance.GetDateTime("accepted_at").String() != stored {
		return kernel.RefuseField("accepted_at", CodeAcceptedAt).Validation()
	}
	return nil
}
