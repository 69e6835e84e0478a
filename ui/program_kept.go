package ui

import (
	"slices"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// programsByID are the programmes of ids by id, kept (s.programsByIDs) until a programme is
// created, changed or deleted, from the portal, the REST API or the dashboard: the pair's pages
// and /me read theirs on every request, and reading one (its settings and texts in every
// language) cost a query and 300 allocations. They are read in one query whatever their
// number and kept by the set of ids asked for (a person's programmes). The records are shared
// by the pages: read them, never change them. A programme that does not exist is left out.
func (s *server) programsByID(app core.App, ids ...string) (map[string]*core.Record, error) {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	return s.programsByIDs.get(strings.Join(ids, ","), func() (map[string]*core.Record, error) {
		records, err := app.FindRecordsByIds(kernel.CollectionPrograms, ids)
		byID := make(map[string]*core.Record, len(records))
		for _, r := range records {
			byID[r.Id] = r
		}
		return byID, err
	})
}

// openPair is workspace.Open for the signed-in person, with the programme read from those
// kept (programsByID): the pair of matchID and the person's role in it, or kernel.ErrNotFound
// when they may not see it.
func (s *server) openPair(e *core.RequestEvent, matchID string) (*kernel.Pair, string, error) {
	return workspace.OpenFrom(e.App, e.Auth.Id, matchID, func(id string) (*core.Record, error) {
		programs, err := s.programsByID(e.App, id)
		return programs[id], err
	})
}

// expandPrograms sets each of applications' "program" expand to its programme, read from
// those kept (programsByID); an application whose programme is gone has none, as
// app.ExpandRecords leaves it.
func (s *server) expandPrograms(app core.App, applications []*core.Record) error {
	ids := make([]string, len(applications))
	for i, a := range applications {
		ids[i] = a.GetString("program")
	}
	programs, err := s.programsByID(app, ids...)
	if err != nil {
		return err
	}
	for _, a := range applications {
		if program := programs[a.GetString("program")]; program != nil {
			a.SetExpand(map[string]any{"program": program})
		}
	}
	return nil
}
