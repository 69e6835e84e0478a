package ui

import (
	"testing"
	"time"

	"github.com/pocketbase/dbx"

	"github.com/mentorbase/mentorbase/apptest"
)

// Another process (the `privacy erase` command) deletes a person without a hook in this
// server: the cookie it knows is trusted for authRecheck at most, then read again and refused.
func TestAnErasedPersonsCookieIsReadAgainWithinAuthRecheck(t *testing.T) {
	t.Parallel()
	app := apptest.New(t)
	bindAuthCache(app)
	marie := apptest.Build(t, app).Person("marie@example.org", "Marie Curie", "en")
	token, err := marie.NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := findSignedIn(app, token); err != nil {
		t.Fatal(err)
	}
	c := app.Store().Get(authCacheKey).(*authCache)
	known := c.known[token]
	if limit := time.Now().Add(authRecheck); known.expires.After(limit) {
		t.Fatalf("the cookie is trusted until %v, want at most %v", known.expires, limit)
	}
	if _, err := app.DB().Delete("users", dbx.HashExp{"id": marie.Id}).Execute(); err != nil {
		t.Fatal(err)
	}
	known.expires = time.Now().Add(-time.Millisecond) // authRecheck has passed
	c.known[token] = known
	if person, err := findSignedIn(app, token); err == nil {
		t.Errorf("the erased person's cookie still signs %s in", person.Email())
	}
}
