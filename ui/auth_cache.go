package ui

import (
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"

	"github.com/mentorbase/mentorbase/kernel"
)

// authCacheKey is where the app's store holds its authCache.
const authCacheKey = "mentorbase.signedIn"

// authCacheLimit bounds the sign-in cookies the cache knows (a user record each, a few KB);
// past it, it starts over.
const authCacheLimit = 10_000

// authRecheck bounds how long a known cookie is trusted without reading its person again:
// this server's own edits forget it at once, but another process writing to data.db — the
// `privacy erase` command, a script — fires no hook here, and an erased person must not stay
// signed in until the token expires (days).
const authRecheck = 30 * time.Second

// authCache knows the person each sign-in cookie verified as, so a page does not read the
// person again (a query and a record to build: a fifth of a simple page's time). An entry is
// the very token verified before, byte for byte, until it expires; any change to a person
// (their name, a new token key that signs them out everywhere, their erasure) or to a
// collection (the tokens' secret) forgets every entry, whether made in the portal, the REST
// API or the dashboard.
type authCache = knownAnswers[signedIn]

// signedIn is the person a token verified as, never handed out itself (requests get a clone
// they may change), and when the token expires.
type signedIn struct {
	person  *core.Record
	expires time.Time
}

// bindAuthCache gives app an auth cache that changes to people and collections empty.
func bindAuthCache(app core.App) {
	c := &authCache{limit: authCacheLimit}
	app.Store().Set(authCacheKey, c)
	onRecordChange(app, func(core.App) { c.forget() }, kernel.CollectionUsers)
	app.OnCollectionAfterUpdateSuccess().BindFunc(func(e *core.CollectionEvent) error {
		c.forget()
		return e.Next()
	})
	app.OnCollectionAfterDeleteSuccess().BindFunc(func(e *core.CollectionEvent) error {
		c.forget()
		return e.Next()
	})
}

// findSignedIn is app.FindAuthRecordByToken for a sign-in cookie, answered from the app's
// auth cache when it knows the token.
func findSignedIn(app core.App, token string) (*core.Record, error) {
	c, _ := app.Store().Get(authCacheKey).(*authCache)
	known, ok, edits := c.lookup(token)
	if ok && time.Now().Before(known.expires) {
		return known.person.Clone(), nil
	}
	person, err := app.FindAuthRecordByToken(token, core.TokenTypeAuth)
	if err != nil {
		return nil, err
	}
	claims, err := security.ParseUnverifiedJWT(token)
	if err != nil {
		return nil, err
	}
	expires, err := claims.GetExpirationTime()
	if err != nil || expires == nil {
		return person, nil // verified, but with no expiry to keep it until
	}
	until := time.Now().Add(authRecheck)
	if expires.Time.Before(until) {
		until = expires.Time
	}
	c.keep(token, signedIn{person: person.Clone(), expires: until}, edits)
	return person, nil
}
