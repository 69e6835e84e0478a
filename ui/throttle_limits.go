package ui

import (
	"strconv"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/throttle"
	"github.com/mentorbase/mentorbase/kernel"
)

// limits are the app's throttles on sign-ins, reset mails and registrations. They live in the
// app's store, where the REST API's auth hooks (pb_hooks) find the same counts: a password
// guessed wrong on /login counts against /api/collections/users/auth-with-password and back.
func limits(e *core.RequestEvent) *throttle.Limits {
	return throttle.Shared(e.App.Store())
}

// signInAccount is the throttle's key of a portal sign-in: an address of the users collection.
func signInAccount(email string) string {
	return throttle.Account(kernel.CollectionUsers, email)
}

// refuseFor tells the client when to come back and returns the whole minutes to say on the
// page, at least one.
func refuseFor(e *core.RequestEvent, wait time.Duration) int {
	seconds, minutes := throttle.RetryAfter(wait)
	e.Response.Header().Set("Retry-After", strconv.Itoa(seconds))
	return minutes
}
