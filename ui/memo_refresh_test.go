package ui

import (
	"errors"
	"sync"
	"testing"
	"time"
)

// testClock is a clock the test moves.
type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *testClock) pass(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// A value past memoTTL is served at once while its next value is computed in the
// background, once; an edit forgets it at once, even while that computation runs; a failed
// background computation leaves the error to the next request.
func TestAMemoServesItsExpiredValueWhileComputingTheNext(t *testing.T) {
	errBroken := errors.New("broken")
	tests := []struct {
		name     string
		edit     bool  // an edit arrives while the next value is computed
		fail     error // the background computation's error
		wantNext int   // the value once the background computation is over
		wantErr  error // and its error
	}{
		{name: "the next value replaces the expired one", wantNext: 2},
		{name: "an edit forgets the value at once", edit: true, wantNext: 3},
		{name: "a failed computation is left to the next request", fail: errBroken, wantNext: 3, wantErr: errBroken},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := &testClock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
			m := &memo[int]{now: clock.Now}
			calls := 0
			release, started := make(chan struct{}), make(chan struct{})
			compute := func() (int, error) {
				calls++
				switch calls {
				case 1:
					return 1, nil
				case 2: // the background computation: waits for the test
					close(started)
					<-release
					return 2, tt.fail
				}
				return calls, tt.fail
			}
			if v, _ := m.get("k", compute); v != 1 {
				t.Fatalf("first value %d, want 1", v)
			}
			clock.pass(memoTTL + time.Second)
			for range 3 { // no request waits, and only one computes the next value
				if v, err := m.get("k", compute); v != 1 || err != nil {
					t.Fatalf("expired value served as %d, %v; want 1", v, err)
				}
			}
			<-started
			if tt.edit {
				m.forgetAll()
				if v, _ := m.get("k", compute); v != 3 {
					t.Errorf("after an edit: %d, want the value computed again (3)", v)
				}
			}
			close(release)
			waitUntil(t, func() bool {
				m.mu.Lock()
				defer m.mu.Unlock()
				e := m.entries["k"]
				return e == nil || !e.refreshing && e.value != 1
			})
			if v, err := m.get("k", compute); v != tt.wantNext || !errors.Is(err, tt.wantErr) {
				t.Errorf("after the background computation: %d, %v; want %d, %v", v, err, tt.wantNext, tt.wantErr)
			}
		})
	}
}

// waitUntil polls done for a second.
func waitUntil(t *testing.T, done func() bool) {
	t.Helper()
	for range 100 {
		if done() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("the background computation did not end")
}
