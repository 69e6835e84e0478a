package kernel

import (
	"errors"

	validation "github.com/pocketbase/ozzo-validation/v4"
)

// NotUnique reports whether saving a record failed because field's unique index holds the
// value already, as PocketBase reports it (checked before the insert, or by SQLite when two
// saves passed that check at once): the index is what knows, so a clash costs no lookup.
func NotUnique(err error, field string) bool {
	var errs validation.Errors
	var taken validation.Error
	return errors.As(err, &errs) && errors.As(errs[field], &taken) && taken.Code() == "validation_not_unique"
}
