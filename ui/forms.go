package ui

import (
	"errors"
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// validationMessages maps PocketBase and ozzo-validation error codes to catalog keys; a code
// not listed gets the generic "error.invalid".
var validationMessages = map[string]string{
	"validation_required":                 "error.required",
	"validation_is_email":                 "error.email",
	"validation_not_unique":               "error.not_unique",
	"validation_length_out_of_range":      "error.length",
	"validation_length_too_short":         "error.too_short",
	"validation_min_text_constraint":      "error.too_short",
	"validation_length_too_long":          "error.too_long",
	"validation_max_text_constraint":      "error.too_long",
	"validation_in_invalid":               "error.choice",
	"validation_invalid_value":            "error.choice",
	"validation_values_mismatch":          "error.mismatch",
	"validation_invalid_format":           "error.invalid",
	"validation_match_invalid":            "error.invalid",
	"validation_invalid_email":            "error.email",
	"validation_email_domain_not_allowed": "error.email_domain",
	"validation_invalid_mime_type":        "error.file_type",
	"validation_file_size_limit":          "error.file_size",
	"validation_too_many_files":           "error.too_many_files",
	"validation_invalid_file":             "error.file_type",
}

// minLength is the shortest value field accepts: the error's "min" parameter (ozzo's length
// rule sets it) or, for a password, the users collection's minimum, which PocketBase's
// password field does not put in its error. 0 when unknown.
func minLength(e *core.RequestEvent, field string, err error) int {
	var coded validation.Error
	if errors.As(err, &coded) {
		if least, ok := coded.Params()["min"].(int); ok {
			return least
		}
	}
	if field != "password" {
		return 0
	}
	users, findErr := e.App.FindCachedCollectionByNameOrId(kernel.CollectionUsers)
	if findErr != nil {
		return 0
	}
	if password, ok := users.Fields.GetByName("password").(*core.PasswordField); ok {
		return password.Min
	}
	return 0
}

// messageKey finds the catalog key of one field's error, looking into nested errors.
func messageKey(err error) string {
	var nested validation.Errors
	if errors.As(err, &nested) {
		for _, inner := range nested {
			return messageKey(inner)
		}
	}
	var coded validation.Error
	if errors.As(err, &coded) {
		if key, ok := validationMessages[coded.Code()]; ok {
			return key
		}
	}
	return "error.invalid"
}

// formFieldName maps a record field to the portal form field showing it.
func formFieldName(field string) string {
	if field == "passwordConfirm" {
		return "password_confirm"
	}
	return strings.ToLower(field)
}

// formValues keeps what the user typed, except passwords, to fill the form again.
func formValues(e *core.RequestEvent, names ...string) map[string]string {
	out := map[string]string{}
	for _, name := range names {
		out[name] = strings.TrimSpace(e.Request.PostFormValue(name))
	}
	return out
}

// requiredError is the validation error of an empty required form field.
func requiredError(field string) error {
	return validation.Errors{field: validation.ErrRequired}
}
