package kernel

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

// agreementRecord is a matches record holding raw as its agreement.
func agreementRecord(raw string) *core.Record {
	collection := core.NewBaseCollection("matches")
	collection.Fields.Add(&core.JSONField{Name: "agreement"})
	r := core.NewRecord(collection)
	r.Set("agreement", raw)
	return r
}

// FuzzParseAgreement checks that whatever a member sends as matches.agreement is either
// refused or, once valid, stored and read back with the same terms and confirmations, and
// described in the mail to the partner in every language.
func FuzzParseAgreement(f *testing.F) {
	for _, seed := range []string{
		``, `null`, `{}`, `[]`, `"weekly"`, `{"frequency": 1}`,
		`{"frequency": "weekly", "modes": ["video", "phone"], "expectations": "Monthly goals."}`,
		`{"frequency": "monthly", "modes": ["in_person"], "expectations": "", "proposed_by": "mentee",
		  "confirmed": {"mentee": "2026-03-01T09:00:00Z"}}`,
		`{"frequency": "weekly", "modes": ["video"], "confirmed": {"coordinator": "2026-03-01T09:00:00Z"}}`,
		`{"frequency": "weekly", "modes": ["teleport"]}`, `{"frequency": "weekly", "modes": []}`,
		`{"frequency": "as_needed", "modes": ["phone"], "confirmed": {"mentor": "not a time"}}`,
		`{"frequency": "weekly", "modes": ["video"], "expectations": "<script>\u0000\r\n"}`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		match := agreementRecord(raw)
		a, present, err := ParseAgreement(match)
		if read, ok := ReadAgreement(match); ok != (present && err == nil) || ok && !read.SameTerms(a) {
			t.Fatalf("ReadAgreement(%q) = %+v, %v; ParseAgreement gave %+v, %v, %v", raw, read, ok, a, present, err)
		}
		if !present || err != nil || a.Validate() != nil {
			return
		}
		stored := agreementRecord("")
		a.Store(stored)
		back, present, err := ParseAgreement(stored)
		if !present || err != nil || !back.SameTerms(a) || len(back.Confirmed) != len(a.Confirmed) {
			t.Fatalf("agreement %+v stored as %q reads back as %+v, %v, %v", a, stored.GetString("agreement"), back, present, err)
		}
		for role, when := range a.Confirmed {
			if !back.Confirmed[role].Equal(when) {
				t.Fatalf("confirmation of %s at %v reads back as %v", role, when, back.Confirmed[role])
			}
		}
		for _, locale := range []string{"en", "fr", "sv"} {
			for _, phrase := range a.Phrases(locale) {
				phrase.Text(locale)
			}
		}
	})
}
