package ui_test

import (
	"testing"
)

func TestRegistrationForm(t *testing.T) {
	t.Parallel()
	testPageCalls(t, []pageCall{
		{name: "register form", person: "visitor", url: "/register", status: 200,
			want: []string{`name="csrf" value="` + csrf + `"`, `for="f-email"`, `autocomplete="new-password"`}},
	})
}
