package ui

import (
	"net/http"
	"net/url"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/mails"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/internal/throttle"
	"github.com/mentorbase/mentorbase/kernel"
)

// accountCreate creates the account and queues the verification e-mail in the same
// transaction, then sends the person to the sign-in page, with where they were going (next),
// to check their e-mail. An address that already has an account gets the same answer, and
// its owner an e-mail saying so, so the form does not tell a stranger who has an account;
// that is also why registering does not sign in. Invalid input re-renders the form with a
// message beside each field and everything typed except the passwords. Only so many
// registrations may come from one client an hour.
func (s *server) accountCreate(e *core.RequestEvent) error {
	form := formValues(e, "name", "email", "locale", "next")
	limit, ip := limits(e).RegisterByClient, e.RealIP()
	if wait := limit.Wait(ip); wait > 0 {
		p := newPage(e, "register.title")
		p.Form = form
		p.Errors[""] = translate(e, "register.throttled", "minutes", refuseFor(e, wait))
		return s.render(e, http.StatusTooManyRequests, "account_new", p)
	}
	user, err := newUser(e.App, form, e.Request.PostFormValue("password"), e.Request.PostFormValue("password_confirm"))
	if err == nil {
		err = e.App.RunInTransaction(func(txApp core.App) error {
			if err := txApp.Save(user); err != nil {
				return err
			}
			return mails.SendRecordVerification(txApp, user)
		})
	}
	if kernel.NotUnique(err, core.FieldNameEmail) {
		err = tellOwner(e, form["email"])
	}
	if err != nil {
		p := newPage(e, "register.title")
		p.Form = form
		p.Errors = fieldErrors(e, err)
		return s.render(e, http.StatusUnprocessableEntity, "account_new", p)
	}
	limit.Add(ip)
	if i18n.Supported(form["locale"]) {
		setCookie(e, langCookie, form["locale"], 365*24*3600, true) // the language chosen, from the next page on
	}
	setFlash(e, "flash.register_check_email")
	return redirect(e, loginWithNext(form["next"]))
}

// tellOwner e-mails the owner of email that someone tried to register with it, unless the
// address has had its share of account e-mails, so the form cannot flood a mailbox.
func tellOwner(e *core.RequestEvent, email string) error {
	sent, key := limits(e).MailByEmail, throttle.Email(email)
	if sent.Wait(key) > 0 {
		return nil
	}
	owner, err := e.App.FindAuthRecordByEmail(kernel.CollectionUsers, email)
	if err != nil {
		return err
	}
	sent.Add(key)
	return kernel.QueueAccountExists(e.App, owner)
}

// loginWithNext is the sign-in page keeping next, a local path, for after signing in.
func loginWithNext(next string) string {
	if next = localPath(next); next == "/" {
		return "/login"
	}
	return "/login?next=" + url.QueryEscape(next)
}

// newUser builds (without saving) a users record from the registration form and validates it,
// including the password confirmation that the record itself cannot check.
func newUser(app core.App, form map[string]string, password, confirm string) (*core.Record, error) {
	users, err := app.FindCachedCollectionByNameOrId(kernel.CollectionUsers)
	if err != nil {
		return nil, err
	}
	user := core.NewRecord(users)
	user.Set("name", form["name"])
	user.SetEmail(form["email"])
	user.Set("locale", form["locale"])
	user.SetPassword(password)
	errs := validation.Errors{}
	if form["name"] == "" {
		errs["name"] = validation.ErrRequired
	}
	if confirm != password {
		errs["passwordConfirm"] = validation.NewError("validation_values_mismatch", "passwords differ")
	}
	if err := app.Validate(user); err != nil {
		if verrs, ok := err.(validation.Errors); ok {
			for field, ferr := range verrs {
				errs[field] = ferr
			}
		} else {
			return nil, err
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return user, nil
}
