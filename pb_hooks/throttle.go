package pb_hooks

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"

	"github.com/mentorbase/mentorbase/internal/throttle"
)

// bindThrottle holds the REST API's sign-ins to the portal's limits, with the same counts
// (throttle.Shared keeps one set per app): a password guessed wrong on /login counts against
// auth-with-password and back, and an account or a client past its limit is refused with 429
// whichever way it comes in, even with the right password. Password failures are counted
// here. OTP and OAuth2 failures are answered by PocketBase before these hooks run (and OTPs
// are limited by PocketBase itself), so those sign-ins are only refused while throttled. The
// client is e.RealIP(), which believes the dashboard's trusted-proxy setting, as the portal.
func bindThrottle(app core.App) {
	app.OnRecordAuthWithPasswordRequest().BindFunc(func(e *core.RecordAuthWithPasswordRequestEvent) error {
		limits, account, client := throttle.Shared(e.App.Store()), throttle.Account(e.Collection.Name, e.Identity), e.RealIP()
		if wait := limits.SignInWait(account, client); wait > 0 {
			return tooManySignIns(e.RequestEvent, wait)
		}
		err := e.Next()
		if err == nil {
			limits.SignInSucceeded(account)
		} else if wrongCredentials(err) {
			limits.SignInFailed(account, client)
		}
		return err
	})
	app.OnRecordAuthWithOTPRequest().BindFunc(func(e *core.RecordAuthWithOTPRequestEvent) error {
		return refuseThrottled(e.RequestEvent, e.Collection.Name, e.Record.Email(), e.Next)
	})
	app.OnRecordAuthWithOAuth2Request().BindFunc(func(e *core.RecordAuthWithOAuth2RequestEvent) error {
		email := e.OAuth2User.Email
		if e.Record != nil {
			email = e.Record.Email()
		}
		return refuseThrottled(e.RequestEvent, e.Collection.Name, email, e.Next)
	})
}

// refuseThrottled answers 429 when the account of email in collection, or the client, must
// wait, and goes on with next otherwise.
func refuseThrottled(e *core.RequestEvent, collection, email string, next func() error) error {
	if wait := throttle.Shared(e.App.Store()).SignInWait(throttle.Account(collection, email), e.RealIP()); wait > 0 {
		return tooManySignIns(e, wait)
	}
	return next()
}

// wrongCredentials reports whether PocketBase refused a password sign-in for an unknown
// identity or a wrong password, its only 400 once the form is valid; a refusal by the
// collection's auth rule (403) is no guess.
func wrongCredentials(err error) bool {
	var apiErr *router.ApiError
	return errors.As(err, &apiErr) && apiErr.Status == http.StatusBadRequest
}

// tooManySignIns is the 429 of a throttled sign-in, saying when to come back.
func tooManySignIns(e *core.RequestEvent, wait time.Duration) error {
	seconds, minutes := throttle.RetryAfter(wait)
	e.Response.Header().Set("Retry-After", strconv.Itoa(seconds))
	return e.TooManyRequestsError(fmt.Sprintf(
		"Too many unsuccessful sign-in attempts. Please wait %d min before trying again, or reset your password.", minutes), nil)
}
