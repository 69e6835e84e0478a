package ui

import (
	"net/http"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/mails"
)

// registerCreate creates the account, queues the verification e-mail in the same transaction,
// signs the person in and takes them where they were going (next), else to their account
// page. Invalid input re-renders the form with a message beside each field and everything
// typed except the passwords. Only so many accounts may be created from one client an hour.
func (s *server) registerCreate(e *core.RequestEvent) error {
	form := formValues(e, "name", "email", "locale", "next")
	limit, ip := limits(e).RegisterByClient, e.RealIP()
	if wait := limit.Wait(ip); wait > 0 {
		p := newPage(e, "register.title")
		p.Form = form
		p.Errors[""] = translate(e, "register.throttled", "minutes", refuseFor(e, wait))
		return s.render(e, http.StatusTooManyRequests, "register_new", p)
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
	if err != nil {
		p := newPage(e, "register.title")
		p.Form = form
		p.Errors = fieldErrors(e, err)
		return s.render(e, http.StatusUnprocessableEntity, "register_new", p)
	}
	limit.Add(ip)
	if err := signIn(e, user); err != nil {
		return err
	}
	setFlash(e, "flash.registered")
	return redirect(e, registerNext(form["next"]))
}

// newUser builds (without saving) a users record from the registration form and validates it,
// including the password confirmation that the record itself cannot check.
func newUser(app core.App, form map[string]string, password, confirm string) (*core.Record, error) {
	users, err := app.FindCachedCollectionByNameOrId(usersCollection)
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
