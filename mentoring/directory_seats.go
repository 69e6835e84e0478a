package mentoring

import (
	"strings"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// directorySeatsLimit bounds the pages whose seats stay in memory (twenty counts each); past
// it they are dropped and read again.
const directorySeatsLimit = 1000

// directorySeats keeps the seats in use of the mentors of the directory pages shown lately,
// by the page's mentors, until a match is created, changed or deleted (ForgetSeats, bound in
// pb_hooks) or directoryRecheck passes (a match written by another process).
type directorySeats struct {
	mu         sync.Mutex
	generation uint64 // moved by every ForgetSeats: a count read before it is not kept
	pages      map[string]keptSeats
}

type keptSeats struct {
	used map[string]int // shared by every page: read, never changed
	read time.Time
}

func seatsOf(app core.App) *directorySeats {
	return app.Store().GetOrSet("mentoring-directory-seats", func() any {
		return &directorySeats{pages: map[string]keptSeats{}}
	}).(*directorySeats)
}

// ForgetSeats drops every kept count of seats in use: a match was created, changed or
// deleted.
func ForgetSeats(app core.App) {
	s := seatsOf(app)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.generation++
	clear(s.pages)
}

// activeSeats is kernel.ActiveSeats of a directory page's mentors, kept (directorySeats).
func activeSeats(app core.App, mentorIDs []string) (map[string]int, error) {
	s := seatsOf(app)
	key := strings.Join(mentorIDs, " ")
	s.mu.Lock()
	kept, ok := s.pages[key]
	generation := s.generation
	s.mu.Unlock()
	if ok && time.Since(kept.read) < directoryRecheck {
		return kept.used, nil
	}
	used, err := kernel.ActiveSeats(app, mentorIDs)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.generation == generation {
		if len(s.pages) >= directorySeatsLimit {
			clear(s.pages)
		}
		s.pages[key] = keptSeats{used: used, read: time.Now()}
	}
	return used, nil
}
