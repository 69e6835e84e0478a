package ui

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

// bindRoutes is the portal's route table: every page and action in one place. Handlers live
// in <resource>_<action>.go with their template in templates/<resource>_<action>.html.
func (s *server) bindRoutes(r *router.Router[*core.RequestEvent]) {
	r.Bind(loadCookieAuth())
	r.GET("/static/{file...}", s.serveStatic)

	p := r.Group("")
	p.BindFunc(portalContext, s.requireCSRF)

	p.GET("/{$}", s.homeShow)
	p.GET("/programs/{slug}", s.programShow)
	p.GET("/guide", s.guideList)
	p.GET("/guide/{slug}", s.guideShow)
	p.POST("/lang", s.localeUpdate)

	p.GET("/register", s.registerNew)
	p.POST("/register", s.registerCreate)
	p.GET("/login", s.sessionNew)
	p.POST("/login", s.sessionCreate)
	p.POST("/logout", s.sessionDelete)
	p.GET("/forgot-password", s.passwordForgot)
	p.POST("/forgot-password", s.passwordSend)
	p.GET("/reset-password/{token}", s.passwordEdit)
	p.POST("/reset-password/{token}", s.passwordUpdate)
	p.GET("/verify/{token}", s.verifyShow)

	account := p.Group("/account")
	account.BindFunc(requireUser)
	account.GET("", s.accountEdit)
	account.POST("", s.accountUpdate)
	account.POST("/verification", s.verificationResend)
	account.POST("/calendar-token", s.calendarTokenReset)

	// The pair's workspace (workspace package): match page, meetings, road-book, and the
	// calendar feed, which calendar applications fetch without a session.
	pairs := p.Group("")
	pairs.BindFunc(requireUser)
	pairs.GET("/matches/{id}", s.matchShow)
	pairs.POST("/matches/{id}/agreement", s.matchAgreement)
	pairs.POST("/matches/{id}/meetings", s.meetingCreate)
	pairs.POST("/matches/{id}/roadbook", s.roadbookUpdate)
	pairs.GET("/meetings/{file}", s.meetingICS)
	pairs.POST("/meetings/{id}/confirm", s.meetingConfirm)
	pairs.POST("/meetings/{id}/reschedule", s.meetingReschedule)
	pairs.POST("/meetings/{id}/cancel", s.meetingCancel)
	pairs.POST("/meetings/{id}/held", s.meetingHeld)
	pairs.GET("/files/{collection}/{record}/{name}", s.fileShow)
	p.GET("/calendar/{file}", s.calendarFeed)

	// Applying, the charter, my mentoring and the coordinators' review of applications.
	participation := p.Group("")
	participation.BindFunc(requireUser)
	participation.GET("/programs/{slug}/apply/{role}", s.applyNew)
	participation.POST("/programs/{slug}/apply/{role}", s.applyCreate)
	participation.GET("/programs/{slug}/charter", s.charterShow)
	participation.POST("/programs/{slug}/charter", s.charterAccept)
	participation.GET("/applications/{id}/edit", s.applicationEdit)
	participation.POST("/applications/{id}/edit", s.applicationUpdate)
	participation.POST("/applications/{id}/withdraw", s.applicationWithdraw)
	participation.GET("/me", s.meShow)
	participation.GET("/coordinate", s.reviewIndex)
	participation.GET("/coordinate/{slug}/applications", s.reviewList)
	participation.GET("/coordinate/{slug}/applications/{id}", s.reviewShow)
	participation.POST("/coordinate/{slug}/applications/{id}/decision", s.reviewDecide)
	participation.GET("/coordinate/{slug}/pairs", s.pairsList)

	// Self-service directory and invitations, and the coordinators' matching console. The
	// directory explains itself to visitors and to people who may not use it yet.
	p.GET("/programs/{slug}/mentors", s.directoryList)
	p.GET("/programs/{slug}/mentors/{application}", s.directoryShow)
	p.POST("/programs/{slug}/mentors/{application}/invite", s.directoryInvite)
	matching := p.Group("")
	matching.BindFunc(requireUser)
	matching.GET("/invitations/{match}", s.invitationShow)
	matching.POST("/invitations/{match}/accept", s.invitationAccept)
	matching.POST("/invitations/{match}/decline", s.invitationDecline)
	matching.POST("/invitations/{match}/cancel", s.invitationCancel)
	matching.GET("/coordinate/{slug}/matching", s.consoleShow)
	matching.POST("/coordinate/{slug}/matching/run", s.consoleRun)
	matching.POST("/coordinate/{slug}/matching/pairs/{match}/lock", s.consoleLock)
	matching.POST("/coordinate/{slug}/matching/pairs/{match}/exclude", s.consoleExclude)
	matching.GET("/coordinate/{slug}/matching/assign", s.consoleAssignPreview)
	matching.POST("/coordinate/{slug}/matching/assign", s.consoleAssign)
	matching.POST("/coordinate/{slug}/matching/publish", s.consolePublish)

	// The pair's evaluations, goals, messages, private notes and ending (workspace package),
	// and help from a programme's coordinators.
	work := p.Group("")
	work.BindFunc(requireUser)
	work.GET("/matches/{id}/evaluations", s.evaluationList)
	work.GET("/matches/{id}/evaluations/{kind}", s.evaluationShow)
	work.POST("/matches/{id}/evaluations/{kind}", s.evaluationSubmit)
	work.GET("/matches/{id}/goals", s.goalList)
	work.POST("/matches/{id}/goals", s.goalCreate)
	work.POST("/matches/{id}/goals/{goal}/toggle", s.goalToggle)
	work.POST("/matches/{id}/goals/{goal}/delete", s.goalDelete)
	work.GET("/matches/{id}/messages", s.messageList)
	work.POST("/matches/{id}/messages", s.messageCreate)
	work.GET("/matches/{id}/notes", s.noteList)
	work.POST("/matches/{id}/notes", s.noteCreate)
	work.POST("/matches/{id}/notes/{note}/delete", s.noteDelete)
	work.GET("/matches/{id}/close", s.matchCloseConfirm)
	work.POST("/matches/{id}/close", s.matchClose)
	work.GET("/help", s.helpNew)
	work.POST("/help", s.helpCreate)
	work.GET("/coordinate/{slug}/support", s.supportList)
	work.POST("/coordinate/{slug}/support/{id}/answer", s.supportAnswer)

	// Everything else that is not PocketBase's own gets the translated 404 page.
	fallback := r.Group("")
	fallback.BindFunc(portalContext)
	fallback.Route("", "/", s.notFound)
}

// notFound answers unknown addresses: JSON for the REST API and the dashboard, a translated
// page for everything else.
func (s *server) notFound(e *core.RequestEvent) error {
	path := e.Request.URL.Path
	if len(path) >= 5 && path[:5] == "/api/" || len(path) >= 3 && path[:3] == "/_/" {
		return e.NotFoundError("", nil)
	}
	return s.renderNotFound(e)
}
