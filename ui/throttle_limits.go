package ui

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// throttles are the portal's limits on guessing passwords and on sending mail, which
// PocketBase's own rate limiter cannot express: it counts every request to a path per IP,
// while a sign-in should be limited per e-mail address and only on failures.
type throttles struct {
	// Failed sign-ins: per address against guessing one person's password, per client
	// against trying many addresses; a successful sign-in clears its address.
	loginByEmail, loginByIP *throttle
	// Password-reset mails, refused silently so the page does not tell who has an account.
	resetByEmail, resetByIP *throttle
	// Accounts created, per client; generous enough for a kick-off in one room on one Wi-Fi.
	registerByIP *throttle
}

// newThrottles builds the limits, reading the time from now. The server holds them, so each
// app (and each test app) has counts of its own.
func newThrottles(now func() time.Time) *throttles {
	return &throttles{
		loginByEmail: newThrottle(5, 15*time.Minute, now),
		loginByIP:    newThrottle(20, 15*time.Minute, now),
		resetByEmail: newThrottle(3, time.Hour, now),
		resetByIP:    newThrottle(10, time.Hour, now),
		registerByIP: newThrottle(20, time.Hour, now),
	}
}

// throttleKey normalises an e-mail address the way people type it.
func throttleKey(email string) string {
	return strings.ToLower(strings.TrimSpace(email))
}

// refuseFor tells the client when to come back and returns the whole minutes to say on the
// page, at least one.
func refuseFor(e *core.RequestEvent, wait time.Duration) int {
	e.Response.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
	return max(1, int(math.Ceil(wait.Minutes())))
}
