package ui

import (
	"errors"
	"net/http"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// meetingFailure answers a refused proposal or new time as workspaceFailure does, except
// that a date outside the programme's window (kernel.DateOutOfWindowCode) says, beside the
// date, which days the programme takes: "not valid" would leave the person guessing.
func (s *server) meetingFailure(e *core.RequestEvent, err error, matchID string, p *page) error {
	window, ok := dateWindowMessage(e, err)
	if !ok {
		return s.workspaceFailure(e, err, matchID, p)
	}
	pair, role, openErr := s.openPair(e, matchID)
	if openErr != nil {
		return s.renderNotFound(e)
	}
	p.Errors = fieldErrors(e, err)
	delete(p.Errors, "ends_at")
	p.Errors["starts_at"] = window
	p.Errors[""] = translate(e, "workspace.fix_form")
	return s.renderMatch(e, http.StatusUnprocessableEntity, p, pair, role)
}

// dateWindowMessage is the translated refusal of a meeting dated outside its programme's
// window, if err is one.
func dateWindowMessage(e *core.RequestEvent, err error) (string, bool) {
	var invalid validation.Errors
	if !errors.As(err, &invalid) {
		return "", false
	}
	for _, field := range []string{"starts_at", "ends_at"} {
		var coded validation.Error
		if errors.As(invalid[field], &coded) && coded.Code() == kernel.DateOutOfWindowCode {
			params := coded.Params()
			return translate(e, "dates.out_of_window", "from", params["from"], "to", params["to"]), true
		}
	}
	return "", false
}
