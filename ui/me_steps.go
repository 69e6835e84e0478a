package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// nextSteps says what the person should do next about one application, with links: accept a
// new charter, complete the application or consent again to a new privacy notice, wait, browse mentors, answer an invitation, agree
// with their partner on how they work together, meet them.
func nextSteps(e *core.RequestEvent, application, program *core.Record, charterDue bool, matches []*core.Record, progress map[string]pairProgress) []meStep {
	slug := program.GetString("slug")
	var steps []meStep
	step := func(textKey, url, linkKey string) { steps = append(steps, newMeStep(e, textKey, url, linkKey)) }
	status := application.GetString("status")
	if status == kernel.ApplicationWithdrawn {
		return nil
	}
	if charterDue {
		step("me.step.accept_charter", "/programs/"+slug+"/charter", "me.step.accept_charter_link")
	}
	if !application.GetBool("consent") {
		step("me.step.complete", "/applications/"+application.Id+"/edit", "me.step.complete_link")
	} else if mentoring.ConsentDue(application) {
		step("firststart.step.consent_again", "/applications/"+application.Id+"/edit#f-consent", "firststart.step.consent_again_link")
	}
	switch status {
	case kernel.ApplicationSubmitted:
		step("me.step.wait_approval", "", "")
	case kernel.ApplicationWaitlisted:
		step("me.step.waitlisted", "", "")
	case kernel.ApplicationRejected:
		step("me.step.rejected", "", "")
	case kernel.ApplicationApproved:
		steps = append(steps, approvedSteps(e, application, slug, program.GetString("matching_mode"), matches, progress)...)
	}
	return steps
}

// approvedSteps are the next steps of an approved application, from its matches and the
// progress of its active pair.
func approvedSteps(e *core.RequestEvent, application *core.Record, slug, mode string, matches []*core.Record, progress map[string]pairProgress) []meStep {
	one := func(textKey, url, linkKey string) []meStep { return []meStep{newMeStep(e, textKey, url, linkKey)} }
	var invited []*core.Record
	for _, m := range matches {
		switch m.GetString("status") {
		case kernel.MatchActive:
			if agreement, ok := kernel.ReadAgreement(m); !ok || !agreement.ConfirmedBy(application.GetString("role")) {
				return one("me.step.agreement", "/matches/"+m.Id+"#agreement", "me.step.agreement_link")
			}
			return []meStep{activePairStep(e, m.Id, progress[m.Id])}
		case kernel.MatchInvited:
			invited = append(invited, m)
		}
	}
	role := application.GetString("role")
	switch {
	case role == kernel.RoleMentor && len(invited) > 0:
		return one("me.step.answer_invitation", "/invitations/"+invited[0].Id, "me.step.answer_invitation_link")
	case mode != kernel.MatchingSelfService:
		return one("me.step.wait_matching", "", "")
	case role == kernel.RoleMentee && len(invited) > 0:
		return one("me.step.wait_answer", "", "")
	case role == kernel.RoleMentee:
		return one("me.step.browse", "/programs/"+slug+"/mentors", "me.step.browse_link")
	}
	return one("me.step.wait_invitations", "", "")
}

// newMeStep is the step textKey, with a link to url named linkKey when there is one.
func newMeStep(e *core.RequestEvent, textKey, url, linkKey string) meStep {
	s := meStep{Text: translate(e, textKey), URL: url}
	if linkKey != "" {
		s.Link = translate(e, linkKey)
	}
	return s
}
