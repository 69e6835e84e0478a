// Package ui is the web portal: route table, handlers, templates, static files and i18n.
//
// Pages are rendered on the server and work without JavaScript; htmx (vendored in static/)
// only improves them. Sign-in is a cookie holding a PocketBase auth token, read before
// PocketBase's own token loader, so portal pages and the REST API see the same e.Auth.
package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/workspace"
)

// server holds what the handlers share: the app, the parsed templates and the static files.
type server struct {
	app       core.App
	templates pageTemplates
	assets    *assetTable
	public    *publicCache // visitors' renders of the public pages
	// pairOrders is each programme's pairs list order, per status filter (pairs_page.go).
	pairOrders *memo[[]orderedPair]
	// reports are the programmes' reports, by programme id (report_show.go).
	reports *memo[workspace.Report]
	// applicationCounts are how many applications each filter of the coordinators' list
	// finds, by programme and filter (review_rows.go).
	applicationCounts *memo[int]
	// eventCounts are, by programme id, its events' invitees and answers (event_list.go).
	eventCounts *memo[map[string]workspace.EventCount]
	// consoles are the matching consoles' states, by programme id (console_data.go).
	consoles *memo[*consoleState]
	// whyNots is the last previewed programme's proposal for "why not this mentor?"
	// (console_whynot.go).
	whyNots *memo[*mentoring.WhyNotBase]
	// answerSpeeds and currentMentors are what directory pages read of the pairs: the
	// answer speeds of a page's mentors, a mentee's current mentor (directory_figures.go).
	answerSpeeds   *memo[map[string]mentoring.AnswerSpeed]
	currentMentors *memo[*currentMentor]
	// viewerApplications are directory readers' applications, by person and programme
	// (directory_access.go), and programs every programme, by id and by slug, for the pages
	// that only read them (program_kept.go).
	viewerApplications *memo[*core.Record]
	programs           *memo[keptPrograms]
}

// Register binds the portal's routes to app. Every template is parsed here, so a broken one
// stops the program (and every test) at start-up with the file and line in the message.
func Register(app core.App) {
	s, err := newServer(app)
	if err != nil {
		panic(err)
	}
	bindTagCache(app)
	bindCoordinatorsCache(app)
	bindAuthCache(app)
	bindPublicCache(app, s.public)
	s.pairOrders = newMemo[[]orderedPair](app, kernel.CollectionPrograms, kernel.CollectionMatches, kernel.CollectionMeetings,
		kernel.CollectionMessages, kernel.CollectionCheckins, kernel.CollectionApplications, kernel.CollectionUsers)
	s.reports = newMemo[workspace.Report](app, reportCollections...)
	s.applicationCounts = newMemo[int](app, kernel.CollectionApplications, kernel.CollectionUsers)
	s.eventCounts = newMemo[map[string]workspace.EventCount](app, kernel.CollectionEvents, kernel.CollectionEventRSVPs,
		kernel.CollectionApplications, kernel.CollectionMatches)
	s.consoles = newMemo[*consoleState](app, consoleCollections...)
	s.whyNots = newMemo[*mentoring.WhyNotBase](app, whyNotCollections...)
	s.answerSpeeds = newMemo[map[string]mentoring.AnswerSpeed](app, kernel.CollectionMatches, kernel.CollectionApplications)
	s.currentMentors = newMemo[*currentMentor](app, kernel.CollectionMatches)
	s.viewerApplications = newMemo[*core.Record](app, kernel.CollectionApplications, kernel.CollectionUsers)
	s.programs = newMemo[keptPrograms](app, kernel.CollectionPrograms)
	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		s.bindRoutes(e.Router)
		return e.Next()
	})
}

func newServer(app core.App) (*server, error) {
	c := compiled()
	if c.err != nil {
		return nil, c.err
	}
	return &server{app: app, templates: c.templates, assets: c.assets, public: &publicCache{}}, nil
}
