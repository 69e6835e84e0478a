package throttle

import (
	"testing"
	"time"
)

func TestLimits(t *testing.T) {
	c := &clock{time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	limits := NewLimits(c.now)
	cases := []struct {
		name   string
		th     *Throttle
		limit  int
		window time.Duration
	}{
		{"failed sign-ins per account", limits.SignInByAccount, 5, 15 * time.Minute},
		{"failed sign-ins per client", limits.SignInByClient, 20, 15 * time.Minute},
		{"account mails per address", limits.MailByEmail, 3, time.Hour},
		{"reset mails per client", limits.ResetByClient, 10, time.Hour},
		{"registrations per client", limits.RegisterByClient, 20, time.Hour},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for range tc.limit - 1 {
				tc.th.Add("k")
			}
			if w := tc.th.Wait("k"); w != 0 {
				t.Fatalf("refused after %d events: wait %v", tc.limit-1, w)
			}
			tc.th.Add("k")
			if w := tc.th.Wait("k"); w != tc.window {
				t.Fatalf("after %d events wait %v, want %v", tc.limit, w, tc.window)
			}
		})
	}
}

func TestSignInCountsAccountAndClient(t *testing.T) {
	c := &clock{time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	limits := NewLimits(c.now)
	for range 5 {
		limits.SignInFailed("users:ada@example.org", "203.0.113.7")
	}
	if w := limits.SignInWait("users:ada@example.org", "198.51.100.1"); w != 15*time.Minute {
		t.Fatalf("the account from another client waits %v, want 15m", w)
	}
	limits.SignInSucceeded("users:ada@example.org")
	if w := limits.SignInWait("users:ada@example.org", "198.51.100.1"); w != 0 {
		t.Fatalf("after a success the account waits %v", w)
	}
	for range 15 {
		limits.SignInFailed("users:other@example.org", "203.0.113.7")
	}
	if w := limits.SignInWait("users:fresh@example.org", "203.0.113.7"); w != 15*time.Minute {
		t.Fatalf("a fresh account from the client with 20 failures waits %v, want 15m", w)
	}
}

func TestAccountIgnoresCaseAndSpaceButNotTheCollection(t *testing.T) {
	if got := Account("users", "  Ada@Example.ORG "); got != "users:ada@example.org" {
		t.Fatalf("Account = %q", got)
	}
	if Account("users", "ada@example.org") == Account("_superusers", "ada@example.org") {
		t.Fatal("a superuser and a participant with one address share a count")
	}
}

// mapStore is the app store of a test: GetOrSet like PocketBase's, without its locking.
type mapStore map[string]any

func (m mapStore) GetOrSet(key string, set func() any) any {
	if v, ok := m[key]; ok {
		return v
	}
	m[key] = set()
	return m[key]
}

func TestSharedIsOnePerStore(t *testing.T) {
	a, b := mapStore{}, mapStore{}
	if Shared(a) == nil || Shared(a) != Shared(a) {
		t.Fatal("one store gave two sets of limits")
	}
	if Shared(a) == Shared(b) {
		t.Fatal("two stores share their limits")
	}
}
