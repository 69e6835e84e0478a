package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/kernel"
)

// TestRegistrationAnswersAlikeForAnyAddress: a new address and one that has an account get
// the same answer, so the form does not tell who has an account; the owner of the taken
// address hears of it by e-mail, in their language, and nothing about their account changes.
func TestRegistrationAnswersAlikeForAnyAddress(t *testing.T) {
	t.Parallel()
	answers := map[string]*http.Response{}
	cases := []struct {
		name, email string
		after       func(t testing.TB, app *tests.TestApp)
	}{
		{"a new address", "grace@example.org", func(t testing.TB, app *tests.TestApp) {
			if _, err := app.FindAuthRecordByEmail("users", "grace@example.org"); err != nil {
				t.Error("no account for the new address")
			}
			queuedMail(t, app, "verification", "grace@example.org")
			if n, _ := app.CountRecords("outbox", dbx.HashExp{"kind": kernel.AccountExistsKind}); n != 0 {
				t.Errorf("%d account-exists mails for a new address", n)
			}
		}},
		{"an address with an account", "ada@example.org", func(t testing.TB, app *tests.TestApp) {
			ada, err := app.FindAuthRecordByEmail("users", "ada@example.org")
			if err != nil || ada.GetString("name") != "Ada Lovelace" || !ada.ValidatePassword(password) {
				t.Errorf("the owner's account changed: %v", err)
			}
			mail := queuedMail(t, app, kernel.AccountExistsKind, "ada@example.org")
			if mail.GetString("subject") != "Du har redan ett konto" || !strings.Contains(mail.GetString("text"), appURL+"/login") {
				t.Errorf("account-exists mail: %v", mail.PublicExport())
			}
			if n, _ := app.CountRecords("outbox", dbx.HashExp{"kind": "verification"}); n != 0 {
				t.Errorf("%d verification mails for a taken address", n)
			}
		}},
	}
	for _, c := range cases {
		headers, factory := as(pageWorld, "visitor")
		after := c.after
		(&tests.ApiScenario{Name: c.name, Method: http.MethodPost, URL: "/register", Headers: headers, TestAppFactory: factory,
			Body: form(true, "name", "Grace Hopper", "email", c.email, "password", "another good password",
				"password_confirm", "another good password", "locale", "en", "next", applicationMentee),
			ExpectedStatus: http.StatusSeeOther,
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, res *http.Response) {
				answers[c.name] = res
				after(t, app)
			}}).Test(t)
	}
	fresh, taken := answers["a new address"], answers["an address with an account"]
	if fresh == nil || taken == nil {
		t.Fatal("a scenario did not answer")
	}
	if fresh.Header.Get("Location") != taken.Header.Get("Location") || setsCookie(fresh, "mb_auth") || setsCookie(taken, "mb_auth") ||
		cookieNamed(fresh, "mb_flash").Value != "flash.register_check_email" || cookieNamed(taken, "mb_flash").Value != "flash.register_check_email" {
		t.Errorf("the answers differ: %v %v / %v %v", fresh.Header.Get("Location"), fresh.Cookies(), taken.Header.Get("Location"), taken.Cookies())
	}
}

// TestTheOwnerOfATakenAddressIsNotFlooded: the e-mails to an address's owner are limited like
// password-reset mails.
func TestTheOwnerOfATakenAddressIsNotFlooded(t *testing.T) {
	t.Parallel()
	app, _ := seedWorld(t)
	handler := newHandler(t, app)
	for i := range 5 {
		body := form(true, "name", "Someone", "email", "ada@example.org", "password", password, "password_confirm", password, "locale", "en")
		if res := do(handler, http.MethodPost, "/register", body, formHeaders(cookies(t, nil))); res.Code != http.StatusSeeOther {
			t.Fatalf("attempt %d: status %d", i+1, res.Code)
		}
	}
	if n, _ := app.CountRecords("outbox", dbx.HashExp{"kind": kernel.AccountExistsKind, "to": "ada@example.org"}); n != 3 {
		t.Fatalf("%d account-exists mails for five attempts, want 3", n)
	}
}
