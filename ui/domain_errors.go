package ui

import (
	"errors"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/mentoring"
)

// domainErrors turns what a mentoring action refused into translated messages for the
// application, directory, invitation and console pages: a Problem goes on the page as a whole
// (""), a validation error beside its field. The mentoring package's own codes are catalog
// keys; PocketBase's codes go through the shared table.
func domainErrors(e *core.RequestEvent, err error) map[string]string {
	var problem *mentoring.Problem
	if errors.As(err, &problem) {
		return map[string]string{"": translate(e, problem.Code, problem.Args...)}
	}
	var errs validation.Errors
	if !errors.As(err, &errs) {
		return fieldErrors(e, err)
	}
	out := map[string]string{}
	for field, fieldErr := range errs {
		key := messageKey(fieldErr)
		var coded validation.Error
		if errors.As(fieldErr, &coded) && messages.Catalog.Has(requestLocale(e), coded.Code()) {
			key = coded.Code()
		}
		out[formFieldName(field)] = translate(e, key)
	}
	return out
}

// isDomainRefusal reports whether err is something the person caused (shown on the page)
// rather than a failure of the server.
func isDomainRefusal(err error) bool {
	var problem *mentoring.Problem
	var errs validation.Errors
	return errors.As(err, &problem) || errors.As(err, &errs)
}
