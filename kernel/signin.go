package kernel

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"

	"github.com/mentorbase/mentorbase/internal/throttle"
)

// SignInWait is how long a sign-in to the account of identity in collection, or from client,
// must wait; zero when it may try. The portal and the REST API count the same failures
// (throttle.Shared keeps one set per app), so a password guessed wrong on /login counts
// against auth-with-password and back.
func SignInWait(app core.App, collection, identity, client string) time.Duration {
	return throttle.Shared(app.Store()).SignInWait(throttle.Account(collection, identity), client)
}

// CountSignIn records how a REST API password sign-in ended: a success clears the account's
// failures, a wrong identity or password (WrongCredentials) counts against the account and
// the client, and any other refusal is no guess and counts nothing.
func CountSignIn(app core.App, collection, identity, client string, err error) {
	limits, account := throttle.Shared(app.Store()), throttle.Account(collection, identity)
	switch {
	case err == nil:
		limits.SignInSucceeded(account)
	case WrongCredentials(err):
		limits.SignInFailed(account, client)
	}
}

// WrongCredentials reports whether PocketBase refused a password sign-in for an unknown
// identity or a wrong password, its only 400 once the form is valid; a refusal by the
// collection's auth rule (403) is no guess.
func WrongCredentials(err error) bool {
	var apiErr *router.ApiError
	return errors.As(err, &apiErr) && apiErr.Status == http.StatusBadRequest
}

// SignInRefusal is the REST API's answer to a sign-in that must wait: the Retry-After header's
// seconds and a message saying, in minutes, when to come back.
func SignInRefusal(wait time.Duration) (retryAfter int, message string) {
	seconds, minutes := throttle.RetryAfter(wait)
	return seconds, fmt.Sprintf("Too many unsuccessful sign-in attempts. Please wait %d min before trying again, or reset your password.", minutes)
}
