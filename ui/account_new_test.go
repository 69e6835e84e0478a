package ui_test

import "testing"

// The registration form carries the CSRF token and labels its fields.
func TestRegistrationForm(t *testing.T) {
	t.Parallel()
	testPageCalls(t, []pageCall{
		{name: "register form", person: "visitor", url: "/register", status: 200,
			want: []string{`name="csrf" value="` + csrf + `"`, `for="f-email"`, `autocomplete="new-password"`}},
	})
}
