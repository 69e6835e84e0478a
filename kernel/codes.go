package kernel

import (
	validation "github.com/pocketbase/ozzo-validation/v4"
)

// Codes of the errors the lifecycle rules return. Each is also the catalog key of the message
// a person reads, so the portal translates what the API reports in English.
const (
	CodeCharterNotAccepted = "mentoring.error.charter_not_accepted"
	CodeCapacityFull       = "mentoring.error.capacity_full"
	CodeTransition         = "mentoring.error.transition"
)

// HasCode reports whether err is (or wraps) a rule error with code. The record hooks refuse
// with validation errors, which the REST API needs, so a domain function that saved through
// them reads the code here to refuse with an Error of its own.
func HasCode(err error, code string) bool {
	errs, ok := err.(validation.Errors)
	if !ok {
		return false
	}
	for _, fieldErr := range errs {
		if e, ok := fieldErr.(validation.Error); ok && e.Code() == code {
			return true
		}
	}
	return false
}

// DateOutOfWindowCode is the validation code of a meeting or programme event dated outside
// its programme's window; its "from" and "to" parameters are the first and last allowed days
// (2006-01-02, in the programme's zone).
const DateOutOfWindowCode = "validation_date_out_of_window"
