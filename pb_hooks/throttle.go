package pb_hooks

import (
	"strconv"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindThrottle holds the REST API's sign-ins to the portal's limits, with the same counts
// (kernel.SignInWait): an account or a client past its limit is refused with 429 whichever
// way it comes in, even with the right password. Password failures are counted here
// (kernel.CountSignIn). OTP and OAuth2 failures are answered by PocketBase before these hooks
// run (and OTPs are limited by PocketBase itself), so those sign-ins are only refused while
// throttled. The client is e.RealIP(), which believes the dashboard's trusted-proxy setting,
// as the portal.
func bindThrottle(app core.App) {
	app.OnRecordAuthWithPasswordRequest().BindFunc(func(e *core.RecordAuthWithPasswordRequestEvent) error {
		return refuseThrottled(e.RequestEvent, e.Collection.Name, e.Identity, func() error {
			err := e.Next()
			kernel.CountSignIn(e.App, e.Collection.Name, e.Identity, e.RealIP(), err)
			return err
		})
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

// refuseThrottled answers 429, saying when to come back, when the account of identity in
// collection, or the client, must wait, and goes on with next otherwise.
func refuseThrottled(e *core.RequestEvent, collection, identity string, next func() error) error {
	wait := kernel.SignInWait(e.App, collection, identity, e.RealIP())
	if wait <= 0 {
		return next()
	}
	seconds, message := kernel.SignInRefusal(wait)
	e.Response.Header().Set("Retry-After", strconv.Itoa(seconds))
	return e.TooManyRequestsError(message, nil)
}
