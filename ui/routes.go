package ui

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

// bindRoutes is the portal's route table: every page and action in one place. Handlers live
// in <resource>_<action>.go with their template in templates/<resource>_<action>.html.
func (s *server) bindRoutes(r *router.Router[*core.RequestEvent]) {
	if n := maxRequests(); n > 0 {
		r.Bind(newGate(n, overtime).handler())
	}
	r.Bind(loadCookieAuth(), securityHeaders())
	r.GET("/static/{file...}", s.staticShow).Bind(pageLog())

	p := r.Group("")
	p.Bind(pageLog())
	p.BindFunc(portalContext, s.requireCSRF)

	p.GET("/{$}", s.cachedPublic(s.homeShow))
	p.GET("/programs/{slug}", s.cachedPublic(s.programShow))
	p.GET("/guide", s.cachedPublic(s.guideList))
	p.GET("/guide/{slug}", s.cachedPublic(s.guideShow))
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

	// The pages and actions registered on signedIn ask for a signed-in person first; pair
	// holds a match's pages, coordinate a programme's pages for its coordinators, managed
	// those that superusers may open too.
	signedIn := p.Group("")
	signedIn.BindFunc(requireUser)
	pair := signedIn.Group("/matches/{id}")
	coordinate := signedIn.Group("/coordinate/{slug}")
	managed := p.Group("/coordinate/{slug}")
	managed.BindFunc(requireUserOrSuperuser)

	// The pair's workspace (workspace package): match page, meetings, road-book, and the
	// calendar feed, which calendar applications fetch without a session.
	pair.GET("", s.matchShow)
	pair.POST("/agreement", s.matchAgreement)
	pair.POST("/meetings", s.meetingCreate)
	pair.POST("/meetings/held", s.meetingLog)
	pair.GET("/hours", s.bookingHoursEdit)
	pair.POST("/hours", s.bookingHoursUpdate)
	pair.GET("/slots", s.bookingSlotsShow)
	pair.POST("/slots", s.bookingSlotsBook)
	pair.POST("/roadbook", s.roadbookUpdate)
	pair.POST("/checkin", s.checkinCreate)
	pair.POST("/keep-open", s.closingKeep)
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
	coordinate.GET("/applications", s.reviewList)
	coordinate.POST("/applications/decisions", s.reviewDecideMany)
	coordinate.GET("/applications/{id}", s.reviewShow)
	coordinate.POST("/applications/{id}/decision", s.reviewDecide)
	coordinate.POST("/applications/{id}/export", s.reviewExport)
	coordinate.POST("/applications/{id}/erase", s.reviewErase)
	coordinate.GET("/pairs", s.pairsList)

	// Programme settings, for the programme's coordinators and for superusers.
	settings := managed.Group("/settings")
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
	coordinate.GET("/matching", s.consoleShow)
	coordinate.POST("/matching/run", s.consoleRun)
	coordinate.POST("/matching/pairs/{match}/lock", s.consoleLock)
	coordinate.POST("/matching/pairs/{match}/exclude", s.consoleExclude)
	coordinate.GET("/matching/assign", s.consoleAssignPreview)
	coordinate.POST("/matching/assign", s.consoleAssign)
	coordinate.POST("/matching/publish", s.consolePublish)

	// The pair's evaluations, goals, messages, private notes and ending (workspace package),
	// and help from a programme's coordinators.
	pair.GET("/evaluations", s.evaluationList)
	pair.GET("/evaluations/{kind}", s.evaluationShow)
	pair.POST("/evaluations/{kind}", s.evaluationSubmit)
	pair.GET("/goals", s.goalList)
	pair.POST("/goals", s.goalCreate)
	pair.POST("/goals/{goal}/toggle", s.goalToggle)
	pair.POST("/goals/{goal}/delete", s.goalDelete)
	pair.GET("/messages", s.messageList)
	pair.POST("/messages", s.messageCreate)
	pair.POST("/messages/read", s.messageRead)
	pair.GET("/notes", s.noteList)
	pair.POST("/notes", s.noteCreate)
	pair.POST("/notes/{note}/delete", s.noteDelete)
	pair.GET("/close", s.matchCloseConfirm)
	pair.POST("/close", s.matchClose)
	signedIn.GET("/help", s.supportNew)
	signedIn.POST("/help", s.supportCreate)
	coordinate.GET("/support", s.supportList)
	coordinate.POST("/support/{id}/answer", s.supportAnswer)

	// Programme events: the coordinators' list and forms, and the invitees' answers, from the
	// portal or from the signed link of the invitation, which needs no sign-in.
	coordinate.GET("/events", s.eventList)
	coordinate.GET("/events/new", s.eventNew)
	coordinate.POST("/events", s.eventCreate)
	coordinate.GET("/events/{id}/edit", s.eventEdit)
	coordinate.POST("/events/{id}", s.eventUpdate)
	coordinate.POST("/events/{id}/cancel", s.eventCancel)
	p.GET("/events/{id}/rsvp", s.eventRSVPShow)
	p.POST("/events/{id}/rsvp", s.eventRSVPUpdate)
	// The programme's report, exports and imports, for its coordinators and for superusers (who sign
	// in to the dashboard, not the portal, and send their token).
	managed.GET("/report", s.reportShow)
	managed.GET("/export/{file}", s.exportShow)
	managed.GET("/import", s.importShow)
	managed.POST("/import", s.importCreate)
	managed.GET("/mail", s.cohortMailShow)
	managed.POST("/mail", s.cohortMailSend)
	managed.POST("/mail/preview", s.cohortMailPreview)

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
