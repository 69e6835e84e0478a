package ui

import (
	"html/template"
	"net/http"
	"slices"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// The statuses of the pairs a coordinator follows: the drafts of the matching console stay
// there; the current pairs come first and the ones that never started or were called off are
// history.
var (
	currentPairStatuses = []string{kernel.MatchInvited, kernel.MatchActive, kernel.MatchClosed}
	pastPairStatuses    = []string{kernel.MatchDeclined, kernel.MatchExpired, kernel.MatchCancelled}
)

// unconfirmedPairAfter is how long an active pair may go with its agreement not confirmed by
// both before its coordinators are asked to look at it; a silent pair (no meeting, message or
// check-in, workspace.SignOfLifeSQL) is asked about after its programme's drift_after_days.
const unconfirmedPairAfter = 14 * 24 * time.Hour

// pairRow is one pair of a programme as its coordinators follow it.
type pairRow struct {
	ID, Mentor, Mentee, Status, StatusKey string
	Started, LastMeeting                  time.Time
	AgreementConfirmed, Roadbook          bool
	AgreementKey                          string // what the agreement column says: confirmed, waiting for whom, or pending
	MeetingsHeld                          int
	Attention                             []string     // translation keys of why the pair needs a look
	Openable                              bool         // active or closed: the pair's page exists for coordinators
	Checkin                               *checkinView // the latest answer to the nudge of a silent pair, if any
	Silence                               workspace.Silence
	Closing                               *closingView // the closing warning in force, if any
	Cells                                 pairCells    // what the row's cells say (pairs_cells.go)
}

// pairsView is the coordinators' list of a programme's pairs.
type pairsView struct {
	Program          programCard
	Recommended      int
	Filter           string
	Statuses         template.HTML // the status filter's options (optionTags)
	Current, History []pairRow
	CurrentRows      template.HTML // the rows of Current and History (pairsTable)
	HistoryRows      template.HTML
	Pager            pager
	QuietDays        int // the programme's drift_after_days, as the flag says it
}

// pairsList lists a programme's pairs to its coordinators, those needing attention first;
// anyone else gets the 404 page.
func (s *server) pairsList(e *core.RequestEvent) error {
	program, ok := s.readCoordinatedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	filter := e.Request.URL.Query().Get("status")
	statuses := append(slices.Clone(currentPairStatuses), pastPairStatuses...)
	if !slices.Contains(statuses, filter) {
		filter = ""
	}
	now := time.Now()
	query := e.Request.URL.Query()
	page := pageNumber(query)
	rows, total, err := s.programPairs(e.App, program, filter, page, now)
	if err != nil {
		return err
	}
	v := pairsView{Program: newProgramCard(program, requestLocale(e), now), Recommended: program.GetInt("recommended_meetings"), Filter: filter,
		Statuses: optionTags(requestLocale(e), keyedChoices(requestLocale(e), workspace.PairStatusKeys, filter, statuses...)), Pager: newPager(e.Request.URL.Path, query, page, total),
		QuietDays: int(workspace.DriftAfter(program).Hours() / 24)}
	for _, r := range rows {
		r.say(requestLocale(e), v.Recommended, v.QuietDays)
		if slices.Contains(pastPairStatuses, r.Status) {
			v.History = append(v.History, r)
		} else {
			v.Current = append(v.Current, r)
		}
	}
	v.CurrentRows, v.HistoryRows = pairsTable(requestLocale(e), v.Current), pairsTable(requestLocale(e), v.History)
	p := newPage(e, "pairs.title")
	p.Data = v
	return s.render(e, http.StatusOK, "pairs_list", p)
}

// programPairs reads one page of the programme's pairs that left the drafts (only those of
// status when it is not empty) with everything the coordinators follow, and how many there
// are in all: the order is kept (pairsPage), the page read in one query (readPairRows).
// The current pairs come before the history, those needing attention first, then the newest.
func (s *server) programPairs(app core.App, program *core.Record, status string, page int, now time.Time) ([]pairRow, int, error) {
	pairs, total, err := s.pairsPage(app, program, status, page, now)
	if err != nil || len(pairs) == 0 {
		return nil, total, err
	}
	rows, err := readPairRows(app, program, pairs, now)
	return rows, total, err
}

// pairAttention is why an active pair needs its coordinators to look at it: a silence of the
// programme's drift_after_days (workspace.Silence, as the nudge counts it), or an agreement
// the two have not both confirmed two weeks in. created stands in for the start of a pair
// that has none.
func pairAttention(row pairRow, created, now time.Time) []string {
	if row.Status != kernel.MatchActive {
		return nil
	}
	started := row.Started
	if started.IsZero() {
		started = created
	}
	var why []string
	if row.Silence.Quiet(now) {
		why = append(why, "closing.attention.quiet")
	}
	if !row.AgreementConfirmed && now.Sub(started) > unconfirmedPairAfter {
		why = append(why, "pairs.attention.agreement")
	}
	return why
}
