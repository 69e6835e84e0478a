package pb_hooks_test

import (
	"errors"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

func TestCapacityThroughTheAPI(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/matches/records/" + id("matchdraft") // mentor2 (one active pair) – mentee3
	full := []string{`"status":{"code":"mentoring.error.capacity_full"`}
	run(t, []tests.ApiScenario{
		withSetup(w.call("a coordinator cannot activate a pair of a full mentor", "coorda", http.MethodPatch, url,
			`{"status":"active"}`, 400, full, nil), setCapacity("appmentor2", 1)),
		withSetup(w.call("nor can a superuser in the dashboard", "superuser", http.MethodPatch, url,
			`{"status":"active"}`, 400, full, nil), setCapacity("appmentor2", 1)),
		w.call("with the programme's default capacity (2) there is a seat", "coorda", http.MethodPatch, url,
			`{"status":"active"}`, 200, []string{`"status":"active"`}, nil),
		withSetup(w.call("a superuser cannot create an active pair for a full mentor", "superuser", http.MethodPost,
			"/api/collections/matches/records",
			`{"program":"`+id("alpha")+`","mentor":"`+id("appmentor1")+`","mentee":"`+id("appmentee3")+`","status":"active","origin":"coordinator"}`,
			400, full, nil), setCapacity("appmentor1", 1)),
		w.call("a closed pair does not come back", "coorda", http.MethodPatch, "/api/collections/matches/records/"+id("match3"),
			`{"status":"draft"}`, 400, []string{`"code":"mentoring.error.transition"`}, nil),
	})
}

// Two mentors' acceptances of two invitations for the last seat of a mentor, at the same
// time: exactly one pair becomes active, the other answer is refused for capacity. Twenty
// rounds, so a check outside the saving transaction would let both through sooner or later.
func TestTwoAcceptancesRaceForTheLastSeat(t *testing.T) {
	app := apptest.New(t)
	b := apptest.Build(t, app)
	program := b.Programme("race", "Race", map[string]any{"matching_mode": "self_service", "published": true})
	applicant := func(name, role string, extra map[string]any) (*core.Record, *core.Record) {
		u := b.Person(name+"@example.com", name, "")
		return u, b.Application(program.Id, u.Id, role, "approved", extra)
	}
	for round := range 20 {
		mentorUser, mentor := applicant(fmt.Sprintf("mentor%d", round), "mentor", map[string]any{"capacity": 2})
		_, seated := applicant(fmt.Sprintf("seated%d", round), "mentee", nil)
		b.Pair(program.Id, mentor.Id, seated.Id, "active")
		var invitations []*core.Record
		for k := range 2 {
			_, mentee := applicant(fmt.Sprintf("mentee%d_%d", round, k), "mentee", nil)
			invitations = append(invitations, b.Pair(program.Id, mentor.Id, mentee.Id, "invited",
				map[string]any{"origin": "invitation", "message": "hello", "expires_at": time.Now().Add(time.Hour)}))
		}

		start := make(chan struct{})
		errs := make([]error, 2)
		var wg sync.WaitGroup
		for k, invitation := range invitations {
			wg.Go(func() {
				<-start
				errs[k] = mentoring.Respond(app, mentorUser.Id, invitation.Id, true, "")
			})
		}
		close(start)
		wg.Wait()

		capacity, used, err := kernel.MentorSeats(app, mentor, "")
		if err != nil || capacity != 2 || used != 2 {
			t.Fatalf("round %d: mentor has %d of %d seats used (%v); answers %v", round, used, capacity, err, errs)
		}
		var problem *kernel.Error
		refused := 0
		for _, err := range errs {
			if errors.As(err, &problem) && problem.Code == kernel.CodeCapacityFull {
				refused++
			} else if err != nil {
				t.Fatalf("round %d: unexpected error %v", round, err)
			}
		}
		if refused != 1 {
			t.Fatalf("round %d: %d answers refused for capacity, want 1 (%v)", round, refused, errs)
		}
	}
}
