package ui

import (
	"errors"
	"strconv"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// whyNotView is what pairing the previewed mentee and mentor by hand costs, against the
// proposal the engine computes now for the programme's objective.
type whyNotView struct {
	Objective                   string
	MatchedBefore, MatchedAfter int
	TotalBefore, TotalAfter     int64
	TotalChange                 string // "−43", "+5" or "±0"
	LowestBefore, LowestAfter   string
	Lost, Gained, Moved         string // names, comma-separated
}

// whyNotCollections are what the proposal compared with reads: the approved applications,
// the matches (active, locked, excluded, declined) and the programme (criteria, objective).
var whyNotCollections = []string{kernel.CollectionApplications, kernel.CollectionMatches, kernel.CollectionPrograms}

// newWhyNotView asks the engine, against the programme's proposal solved once per state of
// the programme (Server.whyNots); a refusal (the mentee is in an active pair, the mentor has
// no seat beside the locked pairs) leaves the section out, since the preview says so already.
func (s *server) newWhyNotView(e *core.RequestEvent, program, mentee, mentor *core.Record) (*whyNotView, error) {
	base, err := s.whyNots.getAlone(program.Id, func() (*mentoring.WhyNotBase, error) {
		return mentoring.NewWhyNotBase(e.App, program.Id)
	})
	var f *mentoring.ForcedPair
	if err == nil {
		f, err = base.WhyNot(mentee.Id, mentor.Id)
	}
	var refused *kernel.Error
	if errors.As(err, &refused) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	lowest := func(s int32) string {
		if s < 0 {
			return "—"
		}
		return strconv.Itoa(int(s))
	}
	v := &whyNotView{Objective: translate(e, consoleObjectiveKeys[f.Objective][0]),
		MatchedBefore: f.Before.Matched, MatchedAfter: f.Matched, TotalBefore: f.Before.Total, TotalAfter: f.Total,
		LowestBefore: lowest(f.Before.Lowest), LowestAfter: lowest(f.Lowest)}
	switch change := f.Total - f.Before.Total; {
	case change > 0:
		v.TotalChange = "+" + strconv.FormatInt(change, 10)
	case change < 0:
		v.TotalChange = "−" + strconv.FormatInt(-change, 10)
	default:
		v.TotalChange = "±0"
	}
	v.Lost, v.Gained = applicationNames(e.App, f.Lost), applicationNames(e.App, f.Gained)
	moved := make([]string, 0, len(f.Moved))
	for _, m := range f.Moved {
		moved = append(moved, translate(e, "console.whynot.moved_one", "mentee", applicationName(e.App, m.Mentee),
			"from", applicationName(e.App, m.From), "to", applicationName(e.App, m.To)))
	}
	v.Moved = strings.Join(moved, ", ")
	return v, nil
}

// getAlone is get for values too large to keep more than one of (a programme's score
// matrix: about 50 MB at 5,000 × 5,000): another key's value is forgotten first.
func (m *memo[T]) getAlone(key string, compute func() (T, error)) (T, error) {
	m.mu.Lock()
	if _, ok := m.entries[key]; !ok {
		m.entries = nil
	}
	m.mu.Unlock()
	return m.get(key, compute)
}

// applicationNames names the people behind applications, comma-separated.
func applicationNames(app core.App, applications []*core.Record) string {
	names := make([]string, 0, len(applications))
	for _, a := range applications {
		names = append(names, applicationName(app, a))
	}
	return strings.Join(names, ", ")
}
