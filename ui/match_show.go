package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/workspace"
)

// matchView is what the match page shows to one viewer.
type matchView struct {
	MatchID, Role, ProgramName, TimeZone string
	ProgramLang                          string // of ProgramName (own_words.go)
	Closed                               bool   // the match has ended: the page is read-only
	Member                               bool   // the viewer is the mentor or the mentee
	Mentor, Mentee, Partner              *core.Record
	ShowContact                          bool // the viewer may see the partner's e-mail and phone
	Agreement                            agreementView
	Steps                                []stepView
	HeldText, TimeSpentText              string // the meetings held and the time spent, in the viewer's language
	Meetings                             []meetingView
	Roadbook                             roadbookView
	Work                                 *pairWork     // evaluations, goals, messages, notes, ending
	Checkins                             []checkinView // answers to the nudge of a silent pair
	Closing                              *closingView  // the closing warning in force, if any
	Propose                              meetingForm   // the form proposing a meeting
	MeetingToken                         string        // the proposing form's one-time token
	LogToken                             string        // the held-meeting form's, another: a form's token names that form
	Booking                              bookingLinks  // booking a time the partner offers
}

// stepView is one step of the timeline in the viewer's language: its label, whether it is
// done, when it is due, and whether that day has passed without it being done. Translated
// here, the seven steps cost the template no translation calls.
type stepView struct {
	Label   string
	Done    bool
	DueText string // "due on …", "" without a due date
	Overdue bool
}

// stepKeys are the catalog keys of the timeline's steps.
var stepKeys = map[string]string{
	workspace.StepAgreement:      "workspace.step.agreement",
	workspace.StepRoadbook:       "workspace.step.roadbook",
	workspace.StepFirstMeeting:   "workspace.step.first_meeting",
	workspace.StepFirstInterview: "workspace.step.evaluation_first_interview",
	workspace.StepMidpoint:       "workspace.step.evaluation_midpoint",
	workspace.StepMeetings:       "workspace.step.meetings",
	workspace.StepFinal:          "workspace.step.evaluation_final",
}

// timelineOf is the timeline of progress in locale: its steps, and the sentences saying the
// meetings held and the time spent.
func timelineOf(progress workspace.Progress, locale string) (steps []stepView, held, spent string) {
	for _, step := range progress.Steps {
		overdue := !step.Done && !step.Due.IsZero() && time.Now().After(step.Due.AddDate(0, 0, 1))
		view := stepView{Label: messages.Catalog.T(locale, stepKeys[step.Key]), Done: step.Done, Overdue: overdue}
		if !step.Due.IsZero() {
			view.DueText = messages.Catalog.T(locale, "workspace.due", "date", dateText(step.Due))
		}
		steps = append(steps, view)
	}
	held = messages.Catalog.T(locale, "workspace.meetings_held", "held", progress.MeetingsHeld, "recommended", progress.Recommended)
	return steps, held, messages.Catalog.T(locale, "workspace.time_spent", "minutes", progress.MinutesSpent)
}

// matchShow is the pair's workspace, for its two members and the programme's coordinators;
// everyone else gets the same 404 as for a match that does not exist.
func (s *server) matchShow(e *core.RequestEvent) error {
	pair, role, err := s.openPair(e, e.Request.PathValue("id"))
	if err != nil {
		return s.renderNotFound(e)
	}
	return s.renderMatch(e, http.StatusOK, newPage(e, "match.title"), pair, role)
}

// renderMatch renders the match page, also after a form on it failed (p then holds what was
// typed and the errors).
func (s *server) renderMatch(e *core.RequestEvent, status int, p *page, pair *kernel.Pair, role string) error {
	meetings, err := workspace.Meetings(e.App, pair.Match.Id)
	if err != nil {
		return err
	}
	progress, err := workspace.Timeline(e.App, pair, meetings)
	if err != nil {
		return err
	}
	member := role != workspace.RoleCoordinator
	v := &matchView{
		MatchID: pair.Match.Id, Role: role,
		TimeZone: pair.Program.GetString("timezone"),
		Closed:   pair.Match.GetString("status") != kernel.MatchActive, Member: member,
		Mentor: pair.Mentor, Mentee: pair.Mentee,
	}
	v.ProgramName, v.ProgramLang = mentoring.ProgramText(pair.Program, "name", p.Locale)
	v.Agreement = newAgreementView(e, pair, role, !v.Closed, p)
	v.Steps, v.HeldText, v.TimeSpentText = timelineOf(progress, p.Locale)
	if member {
		v.Partner = pair.Partner(e.Auth.Id)
		// Partners of an active match see each other's contact (kernel.ContactVisible):
		// only a closed pair's members need to ask whether something else shows it.
		v.ShowContact = !v.Closed || kernel.ContactVisible(e.App, e.Auth.Id, v.Partner.Id)
	}
	canAct := member && !v.Closed
	for _, m := range meetings {
		meeting := newMeetingView(m, v.TimeZone, p.Locale, e.Auth.Id, canAct)
		if meeting.CanChange {
			meeting.Fields = rescheduleForm(meeting, p)
		}
		if meeting.CanMarkHeld {
			meeting.HeldFields = heldFields(meeting, p.Locale)
		}
		v.Meetings = append(v.Meetings, meeting)
	}
	v.Propose = proposeForm(p)
	if v.Booking, err = newBookingLinks(e, pair, canAct); err != nil {
		return err
	}
	v.Roadbook = newRoadbookView(pair, progress.Roadbook, meetings, role, canAct).withForm(p)
	if v.Work, err = newPairWork(e, p, pair, role, progress.Dues, workAll); err != nil {
		return err
	}
	if v.Checkins, err = newCheckinViews(e.App, pair); err != nil {
		return err
	}
	now := time.Now()
	silence, err := workspace.WarnedSilence(e.App, pair.Match, now)
	if err != nil {
		return err
	}
	v.Closing = newClosingView(silence, pair.Program, now)
	// A refused proposal keeps its token: it proposed nothing, and its next post may.
	if v.MeetingToken = p.Form["form_token"]; v.MeetingToken == "" {
		v.MeetingToken = security.RandomString(32)
	}
	if v.LogToken = p.Form["log_form_token"]; v.LogToken == "" {
		v.LogToken = security.RandomString(32)
	}
	p.Title = pair.Mentor.GetString("name") + " & " + pair.Mentee.GetString("name")
	p.Data = v
	return s.render(e, status, "match_show", p)
}

// workspaceFailure answers a workspace action that did not go through: 404 for what the
// person may not see, 403 for a change that is not theirs to make now, the page again with
// the messages for a form that needs fixing.
func (s *server) workspaceFailure(e *core.RequestEvent, err error, matchID string, p *page) error {
	return s.answerRefusal(e, err, func(errs map[string]string) error {
		pair, role, openErr := s.openPair(e, matchID)
		if openErr != nil {
			return s.renderNotFound(e)
		}
		p.Errors = errs
		if p.Errors[""] == "" {
			p.Errors[""] = translate(e, "workspace.fix_form")
		}
		return s.renderMatch(e, http.StatusUnprocessableEntity, p, pair, role)
	})
}
