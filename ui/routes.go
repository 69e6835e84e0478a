package ui

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

// bindRoutes is the portal's route table: every page and action in one place. Handlers live
// in <resource>_<action>.go with their template in templates/<resource>_<action>.html.
func (s *server) bindRoutes(r *router.Router[*core.RequestEvent]) {
	r.Bind(loadCookieAuth(), securityHeaders())
	r.GET("/static/{file...}", s.staticShow)

	p := r.Group("")
	p.BindFunc(portalContext, s.requireCSRF)

	p.GET("/{$}", s.homeShow)
	p.GET("/programs/{slug}", s.programShow)
	p.GET("/guide", s.guideList)
	p.GET("/guide/{slug}", s.guideShow)
	p.POST("/lang", s.localeUpdate)

	p.GET("/register", s.accountNew)
	p.POST("/register", s.accountCreate)
	p.GET("/login", s.sessionNew)
	p.POST("/login", s.sessionCreate)
	p.POST("/logout", s.sessionDelete)
	p.GET("/forgot-password", s.passwordForgot)
	p.POST("/forgot-password", s.passwordSend)
	p.GET("/reset-password/{token}", s.passwordEdit)
	p.POST("/reset-password/{token}", s.passwordUpdate)
	p.GET("/verify/{token}", s.verificationShow)
	p.GET("/oauth2/{provider}", s.oauth2Start)
	p.GET("/oauth2/{provider}/callback", s.oauth2Callback)

	account := p.Group("/account")
	account.BindFunc(requireUser)
	account.GET("", s.accountEdit)
	account.POST("", s.accountUpdate)
	account.POST("/verification", s.verificationResend)
	account.POST("/calendar-token", s.calendarTokenReset)
	account.POST("/export", s.accountExport)
	account.GET("/erase", s.accountEraseConfirm)
	account.POST("/erase", s.accountErase)

	// The pages and actions registered on signedIn ask for a signed-in person first.
	signedIn := p.Group("")
	signedIn.BindFunc(requireUser)

	// The pair's workspace (workspace package): match page, meetings, road-book, and the
	// calendar feed, which calendar applications fetch without a session.
	signedIn.GET("/matches/{id}", s.matchShow)
	signedIn.POST("/matches/{id}/agreement", s.matchAgreement)
	signedIn.POST("/matches/{id}/meetings", s.meetingCreate)
	signedIn.POST("/matches/{id}/roadbook", s.roadbookUpdate)
	signedIn.GET("/meetings/{file}", s.meetingICS)
	signedIn.POST("/meetings/{id}/confirm", s.meetingConfirm)
	signedIn.POST("/meetings/{id}/reschedule", s.meetingReschedule)
	signedIn.POST("/meetings/{id}/cancel", s.meetingCancel)
	signedIn.POST("/meetings/{id}/held", s.meetingHeld)
	signedIn.GET("/files/{collection}/{record}/{name}", s.fileShow)
	p.GET("/calendar/{file}", s.calendarFeed)

	// Applying, the charter, my mentoring and the coordinators' review of applications.
	signedIn.GET("/programs/{slug}/apply/{role}", s.applicationNew)
	signedIn.POST("/programs/{slug}/apply/{role}", s.applicationCreate)
	signedIn.GET("/programs/{slug}/charter", s.charterShow)
	signedIn.POST("/programs/{slug}/charter", s.charterAccept)
	signedIn.GET("/applications/{id}/edit", s.applicationEdit)
	signedIn.POST("/applications/{id}/edit", s.applicationUpdate)
	signedIn.POST("/applications/{id}/withdraw", s.applicationWithdraw)
	signedIn.GET("/applications/{id}/availability", s.availabilityEdit)
	signedIn.POST("/applications/{id}/availability", s.availabilityUpdate)
	signedIn.GET("/me", s.meShow)
	signedIn.GET("/coordinate", s.reviewIndex)
	signedIn.GET("/coordinate/{slug}/applications", s.reviewList)
	signedIn.POST("/coordinate/{slug}/applications/decisions", s.reviewDecideMany)
	signedIn.GET("/coordinate/{slug}/applications/{id}", s.reviewShow)
	signedIn.POST("/coordinate/{slug}/applications/{id}/decision", s.reviewDecide)
	signedIn.POST("/coordinate/{slug}/applications/{id}/export", s.reviewExport)
	signedIn.POST("/coordinate/{slug}/applications/{id}/erase", s.reviewErase)
	signedIn.GET("/coordinate/{slug}/pairs", s.pairsList)

	// Programme settings, for the programme's coordinators and for superusers.
	settings := p.Group("/coordinate/{slug}/settings")
	settings.BindFunc(requireUserOrSuperuser)
	settings.GET("", s.settingsEdit)
	settings.POST("", s.settingsUpdate)
	settings.GET("/tags", s.settingsTags)
	settings.POST("/tags", s.settingsTagsUpdate)
	settings.GET("/criteria", s.settingsCriteria)
	settings.POST("/criteria", s.settingsCriteriaUpdate)
	settings.POST("/criteria/preview", s.settingsCriteriaPreview)
	settings.GET("/charter", s.settingsCharter)
	settings.POST("/charter", s.settingsCharterUpdate)
	settings.POST("/copy", s.settingsCopy)
	signedIn.GET("/coordinate/new", s.settingsNew)
	signedIn.POST("/coordinate/new", s.settingsCreate)

	// Self-service directory and invitations, and the coordinators' matching console. The
	// directory explains itself to visitors and to people who may not use it yet.
	p.GET("/programs/{slug}/mentors", s.directoryList)
	p.GET("/programs/{slug}/mentors/{application}", s.directoryShow)
	p.POST("/programs/{slug}/mentors/{application}/invite", s.directoryInvite)
	p.GET("/programs/{slug}/ranked", s.rankedNew)
	p.POST("/programs/{slug}/ranked", s.rankedCreate)
	signedIn.GET("/invitations/{match}", s.invitationShow)
	signedIn.POST("/invitations/{match}/accept", s.invitationAccept)
	signedIn.POST("/invitations/{match}/decline", s.invitationDecline)
	signedIn.POST("/invitations/{match}/cancel", s.invitationCancel)
	signedIn.GET("/coordinate/{slug}/matching", s.consoleShow)
	signedIn.POST("/coordinate/{slug}/matching/run", s.consoleRun)
	signedIn.POST("/coordinate/{slug}/matching/pairs/{match}/lock", s.consoleLock)
	signedIn.POST("/coordinate/{slug}/matching/pairs/{match}/exclude", s.consoleExclude)
	signedIn.GET("/coordinate/{slug}/matching/assign", s.consoleAssignPreview)
	signedIn.POST("/coordinate/{slug}/matching/assign", s.consoleAssign)
	signedIn.POST("/coordinate/{slug}/matching/publish", s.consolePublish)

	// The pair's evaluations, goals, messages, private notes and ending (workspace package),
	// and help from a programme's coordinators.
	signedIn.GET("/matches/{id}/evaluations", s.evaluationList)
	signedIn.GET("/matches/{id}/evaluations/{kind}", s.evaluationShow)
	signedIn.POST("/matches/{id}/evaluations/{kind}", s.evaluationSubmit)
	signedIn.GET("/matches/{id}/goals", s.goalList)
	signedIn.POST("/matches/{id}/goals", s.goalCreate)
	signedIn.POST("/matches/{id}/goals/{goal}/toggle", s.goalToggle)
	signedIn.POST("/matches/{id}/goals/{goal}/delete", s.goalDelete)
	signedIn.GET("/matches/{id}/messages", s.messageList)
	signedIn.POST("/matches/{id}/messages", s.messageCreate)
	signedIn.POST("/matches/{id}/messages/read", s.messageRead)
	signedIn.GET("/matches/{id}/notes", s.noteList)
	signedIn.POST("/matches/{id}/notes", s.noteCreate)
	signedIn.POST("/matches/{id}/notes/{note}/delete", s.noteDelete)
	signedIn.GET("/matches/{id}/close", s.matchCloseConfirm)
	signedIn.POST("/matches/{id}/close", s.matchClose)
	signedIn.GET("/help", s.supportNew)
	signedIn.POST("/help", s.supportCreate)
	signedIn.GET("/coordinate/{slug}/support", s.supportList)
	signedIn.POST("/coordinate/{slug}/support/{id}/answer", s.supportAnswer)

	// Programme events: the coordinators' list and forms, and the invitees' answers, from the
	// portal or from the signed link of the invitation, which needs no sign-in.
	signedIn.GET("/coordinate/{slug}/events", s.eventList)
	signedIn.GET("/coordinate/{slug}/events/new", s.eventNew)
	signedIn.POST("/coordinate/{slug}/events", s.eventCreate)
	signedIn.GET("/coordinate/{slug}/events/{id}/edit", s.eventEdit)
	signedIn.POST("/coordinate/{slug}/events/{id}", s.eventUpdate)
	signedIn.POST("/coordinate/{slug}/events/{id}/cancel", s.eventCancel)
	p.GET("/events/{id}/rsvp", s.eventRSVPShow)
	p.POST("/events/{id}/rsvp", s.eventRSVPUpdate)
	// The programme's report, exports and imports, for its coordinators and for superusers (who sign
	// in to the dashboard, not the portal, and send their token).
	report := p.Group("/coordinate/{slug}")
	report.BindFunc(requireUserOrSuperuser)
	report.GET("/report", s.reportShow)
	report.GET("/export/{file}", s.exportShow)
	report.GET("/import", s.importShow)
	report.POST("/import", s.importCreate)

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
