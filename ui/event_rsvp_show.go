package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/internal/markdown"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// eventRSVPShow is the page an invitation's link opens, signed in or not: the event and the
// coming / not coming buttons of the person the mail was written to, in their language unless
// the browser chose one. Opening it answers nothing. A link whose signature does not hold is
// the 404 page.
func (s *server) eventRSVPShow(e *core.RequestEvent) error {
	q := e.Request.URL.Query()
	if workspace.ValidRSVPSignature(e.App, e.Request.PathValue("id"), q.Get("u"), q.Get("s")) {
		speakInvitee(e, q.Get("u"))
	}
	return s.renderEventRSVP(e, http.StatusOK, newPage(e, "events.rsvp.title"), q.Get("u"), q.Get("s"))
}

// speakInvitee answers a signed link in the invitee's language when nobody is signed in and
// the browser has not chosen one: the mail they followed was written in it.
func speakInvitee(e *core.RequestEvent, userID string) {
	if e.Auth != nil {
		return
	}
	if c, err := e.Request.Cookie(langCookie); err == nil && i18n.Supported(c.Value) {
		return
	}
	if user, err := e.App.FindRecordById(kernel.CollectionUsers, userID); err == nil && i18n.Supported(user.GetString("locale")) {
		e.Set(localeKey, user.GetString("locale"))
	}
}

// renderEventRSVP renders the answer page of the {id} event for userID, whose signed link
// holds signature.
func (s *server) renderEventRSVP(e *core.RequestEvent, status int, p *page, userID, signature string) error {
	eventID := e.Request.PathValue("id")
	if !workspace.ValidRSVPSignature(e.App, eventID, userID, signature) {
		return s.renderNotFound(e)
	}
	event, err := e.App.FindRecordById(kernel.CollectionEvents, eventID)
	if err != nil {
		return s.renderNotFound(e)
	}
	program, err := e.App.FindRecordById(kernel.CollectionPrograms, event.GetString("program"))
	if err != nil {
		return err
	}
	locale := requestLocale(e)
	v, text := newEventView(event, program, locale)
	if v.Description, err = markdown.Render(text.Description); err != nil {
		return err
	}
	answers, err := workspace.MyAnswers(e.App, userID, []string{eventID})
	if err != nil {
		return err
	}
	v.Invited, v.Answer = true, answers[eventID]
	p.Title = text.Title
	p.Data = struct {
		Event           eventView
		User, Signature string
		Open            bool
	}{v, userID, signature, !workspace.EventCancelled(event) && !workspace.EventOver(event, time.Now())}
	return s.render(e, status, "event_rsvp", p)
}
