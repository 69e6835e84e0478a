package ui

import (
	"errors"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// confirmedByPassword runs change, which the signed-in person confirms with their password
// (erasing an account), under the sign-in limits of their address and client, so that a
// session left open cannot guess the password faster than the sign-in page lets anyone:
// past the limits change does not run and wait says how long to wait; a password that change
// refuses as wrong (workspace.CodeWrongPassword) counts as a wrong sign-in, and a change that
// succeeds clears the address's count as a sign-in does.
func confirmedByPassword(e *core.RequestEvent, change func() error) (wait time.Duration, err error) {
	l, account, ip := limits(e), signInAccount(e.Auth.Email()), e.RealIP()
	if wait := l.SignInWait(account, ip); wait > 0 {
		return wait, nil
	}
	err = change()
	var wrong *kernel.Error
	switch {
	case err == nil:
		l.SignInSucceeded(account)
	case errors.As(err, &wrong) && wrong.Code == workspace.CodeWrongPassword:
		l.SignInFailed(account, ip)
	}
	return 0, err
}

// throttledMessage tells the person how long to wait before confirming with a password again
// (the Retry-After header says it to the client).
func throttledMessage(e *core.RequestEvent, wait time.Duration) string {
	return translate(e, "login.throttled", "minutes", refuseFor(e, wait))
}
