package kernel

import (
	validation "github.com/pocketbase/ozzo-validation/v4"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/i18n"
)

// Kind says how a person is answered when the domain says no, so the portal picks the
// status and page from the error alone, whichever package refused.
type Kind int

const (
	// KindRefused: the person asked for something the rules forbid; the page shows the
	// message again, as a whole or beside Field.
	KindRefused Kind = iota
	// KindNotFound: the record does not exist or the person may not see it; pages answer 404
	// either way so nobody learns which records exist.
	KindNotFound
	// KindNotAllowed: the person sees the record but this change is not theirs to make now
	// (confirming one's own proposal, editing a submitted road-book, …); pages answer 403.
	KindNotAllowed
)

// Error is the one error the domain packages return when a person, not the server, caused
// the failure. Code is the catalog key of the message a person reads, so the portal
// translates it and the REST API reports it as the validation code.
type Error struct {
	Kind Kind
	Code string
	// Field is the form field the message belongs beside; empty for the page as a whole.
	Field string
	// Args are name/value pairs for the message's placeholders.
	Args []any
}

// Error is the English message, for logs, the command line and the REST API.
func (e *Error) Error() string { return messages.Catalog.T(i18n.Fallback, e.Code, e.Args...) }

// Validation is the error as PocketBase's validation errors, which the record hooks return
// so the REST API answers 400 with {"data":{field:{code,message}}} as for its own checks.
func (e *Error) Validation() validation.Errors {
	return validation.Errors{e.Field: validation.NewError(e.Code, e.Error())}
}

// Refuse is a refusal shown on the page as a whole, e.g. Refuse(CodeCapacityFull).
func Refuse(code string, args ...any) *Error {
	return &Error{Kind: KindRefused, Code: code, Args: args}
}

// RefuseField is a refusal shown beside field.
func RefuseField(field, code string, args ...any) *Error {
	return &Error{Kind: KindRefused, Code: code, Field: field, Args: args}
}

var (
	// ErrNotFound is answered 404: the record does not exist or the person may not see it.
	ErrNotFound = &Error{Kind: KindNotFound, Code: "error.not_found.body"}
	// ErrNotAllowed is answered 403: the change is not the person's to make now.
	ErrNotAllowed = &Error{Kind: KindNotAllowed, Code: "workspace.not_allowed"}
)
