package ui

import (
	"slices"
	"strings"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// agreementView is the pair's mentoring agreement as one viewer sees it: the terms written
// (or, while there are none, the form's suggestion), who confirmed them, and whether the
// viewer may write or confirm them.
type agreementView struct {
	Terms              kernel.Agreement
	Written            bool // a member has written terms
	Mine, Partners     bool // the viewer, the partner confirmed the current terms
	MentorAt, MenteeAt time.Time
	// MentorState, MenteeState say whether and when each confirmed, in the viewer's language.
	MentorState, MenteeState string
	ProposedBy               string // the name of the member who wrote the terms
	CanWrite                 bool   // a member of an active pair
	Editing                  bool   // the terms form failed and shows what was typed
	// Frequencies, Modes are what the terms form offers, when CanWrite (agreementChoices).
	Frequencies, Modes []agreementChoice
}

// agreementChoice is a frequency or a mode the terms form offers: its value, its label in the
// viewer's language, and whether the terms shown choose it.
type agreementChoice struct {
	Value, Label string
	Chosen       bool
}

// agreementChoices are the frequencies and modes the terms form offers, those of terms chosen.
// Built here, they spare the template a formatted key and a translation for each.
func agreementChoices(e *core.RequestEvent, terms kernel.Agreement) (frequencies, modes []agreementChoice) {
	for _, f := range kernel.AgreementFrequencies {
		frequencies = append(frequencies, agreementChoice{Value: f, Label: translate(e, "agreement.frequency."+f), Chosen: f == terms.Frequency})
	}
	for _, m := range kernel.MeetingModes {
		modes = append(modes, agreementChoice{Value: m, Label: translate(e, workspace.MeetingModeKeys[m]), Chosen: slices.Contains(terms.Modes, m)})
	}
	return frequencies, modes
}

// newAgreementView reads the agreement of pair for a viewer with role; after a failed terms
// form, p.Form holds what the member typed and it is shown instead.
func newAgreementView(e *core.RequestEvent, pair *kernel.Pair, role string, active bool, p *page) agreementView {
	terms, written := kernel.ReadAgreement(pair.Match)
	v := agreementView{Terms: terms, Written: written,
		MentorAt: terms.Confirmed[workspace.RoleMentor], MenteeAt: terms.Confirmed[workspace.RoleMentee]}
	v.MentorState, v.MenteeState = confirmationState(e, v.MentorAt), confirmationState(e, v.MenteeAt)
	member := role == workspace.RoleMentor || role == workspace.RoleMentee
	v.CanWrite = member && active
	if member {
		partnerRole := workspace.RoleMentor
		if role == workspace.RoleMentor {
			partnerRole = workspace.RoleMentee
		}
		v.Mine, v.Partners = terms.ConfirmedBy(role), terms.ConfirmedBy(partnerRole)
	}
	if written {
		if author := pair.Role(terms.ProposedBy); author == workspace.RoleMentor {
			v.ProposedBy = pair.Mentor.GetString("name")
		} else if author == workspace.RoleMentee {
			v.ProposedBy = pair.Mentee.GetString("name")
		}
	}
	if p.Form["intent"] == "propose" {
		v.Editing = true
		v.Terms = kernel.Agreement{Frequency: p.Form["frequency"], Expectations: p.Form["expectations"]}
		if modes := p.Form["modes"]; modes != "" {
			v.Terms.Modes = strings.Split(modes, ",")
		}
	} else if !written && v.CanWrite {
		v.Terms = workspace.SuggestedAgreement(e.App, pair)
	}
	if v.CanWrite {
		v.Frequencies, v.Modes = agreementChoices(e, v.Terms)
	}
	return v
}

// confirmationState says when a member confirmed the terms (at), or that they have not yet.
func confirmationState(e *core.RequestEvent, at time.Time) string {
	if at.IsZero() {
		return translate(e, "match.agreement_not_confirmed")
	}
	return translate(e, "match.agreement_confirmed_on", "date", at.Format("2006-01-02"))
}

// matchAgreement records the signed-in member's agreement: confirming the terms their partner
// wrote (intent "accept"), or writing terms of their own (intent "propose"), which confirms
// them for the writer and asks the partner. Either way the member promises confidentiality.
func (s *server) matchAgreement(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	p := newPage(e, "match.title")
	if err := e.Request.ParseForm(); err != nil {
		return err
	}
	form := e.Request.PostForm
	var terms *kernel.Agreement
	if form.Get("intent") == "propose" {
		terms = &kernel.Agreement{Frequency: form.Get("frequency"), Modes: form["modes"], Expectations: form.Get("expectations")}
		p.Form = map[string]string{"intent": "propose", "frequency": terms.Frequency,
			"modes": strings.Join(terms.Modes, ","), "expectations": terms.Expectations}
	}
	var err error
	if form.Get("confidentiality") == "" {
		err = requiredError("agreement_confidentiality")
	} else {
		err = agreementErrors(workspace.Agree(e.App, e.Auth.Id, matchID, terms))
	}
	if err != nil {
		return s.workspaceFailure(e, err, matchID, p)
	}
	setFlash(e, "flash.agreement_recorded")
	return redirect(e, "/matches/"+matchID+"#agreement")
}

// agreementErrors names the errors of the agreement's terms after the form's fields, which
// share the match page with other forms.
func agreementErrors(err error) error {
	invalid, ok := err.(validation.Errors)
	if !ok {
		return err
	}
	out := validation.Errors{}
	for field, fieldErr := range invalid {
		out["agreement_"+field] = fieldErr
	}
	return out
}
