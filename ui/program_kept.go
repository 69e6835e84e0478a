package ui

import (
	"database/sql"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// keptPrograms are every programme by id and by slug, read in one query and kept
// (s.programs) until a programme is created, changed or deleted, from the portal, the REST
// API or the dashboard: the directory, the coordinators' lists, the pair's pages and /me read
// theirs on every request, and reading one (its settings and texts in every language) cost a
// query and 300 allocations. A programme that does not exist is in neither map. The records
// are shared by the pages: read them, never change them.
type keptPrograms struct{ byID, bySlug map[string]*core.Record }

// keptPrograms reads the programmes, or returns those kept.
func (s *server) keptPrograms(app core.App) (keptPrograms, error) {
	return s.programs.get("", func() (keptPrograms, error) {
		records, err := app.FindAllRecords(kernel.CollectionPrograms)
		kept := keptPrograms{byID: make(map[string]*core.Record, len(records)), bySlug: make(map[string]*core.Record, len(records))}
		for _, r := range records {
			kept.byID[r.Id], kept.bySlug[r.GetString("slug")] = r, r
		}
		return kept, err
	})
}

// keptProgram is the kept programme of slug, or sql.ErrNoRows, as reading it would answer.
func (s *server) keptProgram(app core.App, slug string) (*core.Record, error) {
	kept, err := s.keptPrograms(app)
	if err != nil {
		return nil, err
	}
	if program := kept.bySlug[slug]; program != nil {
		return program, nil
	}
	return nil, sql.ErrNoRows
}

// openPair is workspace.Open for the signed-in person, with the programme read from those
// kept (keptPrograms): the pair of matchID and the person's role in it, or kernel.ErrNotFound
// when they may not see it.
func (s *server) openPair(e *core.RequestEvent, matchID string) (*kernel.Pair, string, error) {
	return workspace.OpenFrom(e.App, e.Auth.Id, matchID, func(id string) (*core.Record, error) {
		kept, err := s.keptPrograms(e.App)
		return kept.byID[id], err
	})
}

// expandPrograms sets each of applications' "program" expand to its programme, read from
// those kept (keptPrograms); an application whose programme is gone has none, as
// app.ExpandRecords leaves it.
func (s *server) expandPrograms(app core.App, applications []*core.Record) error {
	kept, err := s.keptPrograms(app)
	if err != nil {
		return err
	}
	for _, a := range applications {
		if program := kept.byID[a.GetString("program")]; program != nil {
			a.SetExpand(map[string]any{"program": program})
		}
	}
	return nil
}
