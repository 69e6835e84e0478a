package throttle

import (
	"math"
	"strings"
	"time"
)

// Limits are mentorbase's limits on guessing passwords and on sending mail, which PocketBase's
// own rate limiter cannot express: it counts every request to a path per IP, while a sign-in
// should be limited per account and only on failures, whichever way the person signs in.
type Limits struct {
	// Failed sign-ins: per account against guessing one person's password, per client
	// against trying many accounts; a successful sign-in clears its account.
	SignInByAccount, SignInByClient *Throttle
	// Account e-mails (reset links, "you already have an account") per address, and reset
	// requests per client; refused silently, so the forms do not tell who has an account.
	MailByEmail, ResetByClient *Throttle
	// Accounts created, per client; generous enough for a kick-off in one room on one Wi-Fi.
	RegisterByClient *Throttle
}

// NewLimits builds the limits, reading the time from now.
func NewLimits(now func() time.Time) *Limits {
	return &Limits{
		SignInByAccount:  New(5, 15*time.Minute, now),
		SignInByClient:   New(20, 15*time.Minute, now),
		MailByEmail:      New(3, time.Hour, now),
		ResetByClient:    New(10, time.Hour, now),
		RegisterByClient: New(20, time.Hour, now),
	}
}

// Store is what Shared needs of PocketBase's app store (core.App.Store()).
type Store interface {
	GetOrSet(key string, setFunc func() any) any
}

// storeKey is where an app keeps its Limits in its store.
const storeKey = "mentorbase.throttle"

// Shared returns the app's one set of Limits, kept in its store and made on first use, so the
// portal's forms and the REST API's auth hooks count the same failures, and each app (each
// test app) has counts of its own.
func Shared(store Store) *Limits {
	limits, _ := store.GetOrSet(storeKey, func() any { return NewLimits(time.Now) }).(*Limits)
	return limits
}

// SignInWait is how long a sign-in to account from client must wait; zero when it may try.
func (l *Limits) SignInWait(account, client string) time.Duration {
	return max(l.SignInByAccount.Wait(account), l.SignInByClient.Wait(client))
}

// SignInFailed counts a wrong password for account from client.
func (l *Limits) SignInFailed(account, client string) {
	l.SignInByAccount.Add(account)
	l.SignInByClient.Add(client)
}

// SignInSucceeded clears account's failures; the client's stay, or a client could guess
// other people's passwords between sign-ins to an account of its own.
func (l *Limits) SignInSucceeded(account string) {
	l.SignInByAccount.Reset(account)
}

// Account is the key of an identity (an e-mail address) of an auth collection, written the
// way people type it, so "Ada@Example.org " and "ada@example.org" count together and a
// superuser's failures do not lock a participant with the same address out.
func Account(collection, identity string) string {
	return collection + ":" + Email(identity)
}

// Email normalises an e-mail address the way people type it.
func Email(email string) string {
	return strings.ToLower(strings.TrimSpace(email))
}

// RetryAfter is wait in whole seconds, for a Retry-After header, and in whole minutes, at least
// one, for a person to read.
func RetryAfter(wait time.Duration) (seconds, minutes int) {
	return int(math.Ceil(wait.Seconds())), max(1, int(math.Ceil(wait.Minutes())))
}
