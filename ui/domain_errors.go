package ui

import (
	"errors"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/kernel"
)

// answerRefusal is where the portal answers what the domain refused, so every page says no
// the same way: a record the person may not see is the 404 page and a change that is not
// theirs the 403 page; a refusal or a form that needs fixing goes to page, translated by
// fieldErrors. Any other error is the server's and is returned as it is, and so is a
// refusal when page is nil, for an action that has no form to show again.
func (s *server) answerRefusal(e *core.RequestEvent, err error, page func(errs map[string]string) error) error {
	var refused *kernel.Error
	var invalid validation.Errors
	switch {
	case errors.As(err, &refused) && refused.Kind == kernel.KindNotFound:
		return s.renderNotFound(e)
	case errors.As(err, &refused) && refused.Kind == kernel.KindNotAllowed:
		return s.renderForbidden(e, refused.Code)
	case page != nil && (errors.As(err, &refused) || errors.As(err, &invalid)):
		return page(fieldErrors(e, err))
	}
	return err
}

// fieldErrors translates a refusal or a save's validation errors into messages by form field,
// so each shows beside its input and a refusal of the whole page under "". Anything else is
// logged and lands on the form as a generic message.
func fieldErrors(e *core.RequestEvent, err error) map[string]string {
	var refused *kernel.Error
	if errors.As(err, &refused) {
		return map[string]string{formFieldName(refused.Field): translate(e, refused.Code, refused.Args...)}
	}
	out := map[string]string{}
	var errs validation.Errors
	if !errors.As(err, &errs) {
		e.App.Logger().Error("portal form", "error", err)
		out[""] = translate(e, "error.generic")
		return out
	}
	for field, fieldErr := range errs {
		out[formFieldName(field)] = fieldMessage(e, field, fieldErr)
	}
	return out
}

// fieldMessage translates one field's error. A refusal and a record hook's rule carry the
// catalog key of their message; PocketBase's own codes go through the shared table, and a
// value that is too short says how long it must be, when the minimum is known.
func fieldMessage(e *core.RequestEvent, field string, err error) string {
	var refused *kernel.Error
	if errors.As(err, &refused) {
		return translate(e, refused.Code, refused.Args...)
	}
	var coded validation.Error
	if errors.As(err, &coded) && messages.Catalog.Has(requestLocale(e), coded.Code()) {
		return translate(e, coded.Code())
	}
	key := messageKey(err)
	if key == "error.too_short" {
		if least := minLength(e, field, err); least > 0 {
			return translate(e, "error.too_short_min", "min", least)
		}
	}
	return translate(e, key)
}
