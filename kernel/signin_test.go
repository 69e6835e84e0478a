package kernel_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tools/router"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/kernel"
)

func TestWrongCredentials(t *testing.T) {
	for _, c := range []struct {
		name string
		err  error
		want bool
	}{
		{"a wrong password or unknown identity", router.NewBadRequestError("Failed to authenticate.", nil), true},
		{"the same, wrapped", fmt.Errorf("sign-in: %w", router.NewBadRequestError("Failed to authenticate.", nil)), true},
		{"refused by the auth rule", router.NewForbiddenError("Not allowed.", nil), false},
		{"too many requests", router.NewTooManyRequestsError("Wait.", nil), false},
		{"an error of another kind", errors.New("database is locked"), false},
		{"a success", nil, false},
	} {
		if got := kernel.WrongCredentials(c.err); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

func TestSignInRefusal(t *testing.T) {
	for _, c := range []struct {
		wait    time.Duration
		seconds int
		message string
	}{
		{90 * time.Second, 90, "Too many unsuccessful sign-in attempts. Please wait 2 min before trying again, or reset your password."},
		{time.Second, 1, "Too many unsuccessful sign-in attempts. Please wait 1 min before trying again, or reset your password."},
		{14*time.Minute + 500*time.Millisecond, 841, "Too many unsuccessful sign-in attempts. Please wait 15 min before trying again, or reset your password."},
	} {
		if seconds, message := kernel.SignInRefusal(c.wait); seconds != c.seconds || message != c.message {
			t.Errorf("%v: %d %q, want %d %q", c.wait, seconds, message, c.seconds, c.message)
		}
	}
}

// Five wrong passwords make an account wait, whatever the case of its address; a refusal that
// is no guess counts nothing, and a success clears the account.
func TestCountSignIn(t *testing.T) {
	app := apptest.New(t)
	wrong, forbidden := router.NewBadRequestError("Failed to authenticate.", nil), router.NewForbiddenError("No.", nil)
	waits := func() bool { return kernel.SignInWait(app, "users", "ada@example.org", "10.0.0.2") > 0 }
	for range 10 {
		kernel.CountSignIn(app, "users", "ada@example.org", "10.0.0.1", forbidden)
	}
	if waits() {
		t.Fatal("refusals by the auth rule made the account wait")
	}
	for range 4 {
		kernel.CountSignIn(app, "users", "Ada@Example.org ", "10.0.0.1", wrong)
	}
	kernel.CountSignIn(app, "users", "ada@example.org", "10.0.0.1", nil)
	kernel.CountSignIn(app, "users", "ada@example.org", "10.0.0.1", wrong)
	if waits() {
		t.Fatal("a success did not clear the account's failures")
	}
	for range 4 {
		kernel.CountSignIn(app, "users", "ada@example.org", "10.0.0.1", wrong)
	}
	if !waits() {
		t.Fatal("five wrong passwords in a row did not make the account wait")
	}
	if kernel.SignInWait(app, "_superusers", "ada@example.org", "10.0.0.2") > 0 {
		t.Error("a participant's failures made a superuser with the same address wait")
	}
}
