package mentoring

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/content"
	"github.com/mentorbase/mentorbase/kernel"
)

// StampConsent records, whoever saves application, which version of the privacy notice its
// consent is to and when, as a charter acceptance records its version and time: a consent
// given now (or given again after the notice changed) gets the notice in force and now; a
// consent unchanged keeps what was stored, whatever a client sends; no consent, neither.
func StampConsent(app core.App, application *core.Record, now time.Time) error {
	if !application.GetBool("consent") {
		application.Set("consent_version", 0)
		application.Set("consented_at", "")
		return nil
	}
	current := content.PrivacyNoticeVersion()
	if !application.IsNew() {
		stored, err := app.FindRecordById(kernel.CollectionApplications, application.Id)
		if err != nil {
			return err
		}
		if stored.GetBool("consent") && stored.GetInt("consent_version") == current && !stored.GetDateTime("consented_at").IsZero() {
			application.Set("consent_version", current)
			application.Set("consented_at", stored.GetDateTime("consented_at"))
			return nil
		}
	}
	application.Set("consent_version", current)
	application.Set("consented_at", now.UTC())
	return nil
}

// ConsentDue says whether the applicant must consent again before going on: they consented
// to an older version of the privacy notice than the one in force (or before versions were
// recorded), as a new charter version is accepted again. A withdrawn application is never
// asked; one without consent is asked anyway, to complete it.
func ConsentDue(application *core.Record) bool {
	return application.GetBool("consent") && application.GetString("status") != kernel.ApplicationWithdrawn &&
		application.GetInt("consent_version") < content.PrivacyNoticeVersion()
}
