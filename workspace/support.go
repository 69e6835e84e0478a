package workspace

import (
	"slices"
	"strings"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// Support request statuses, the values of support_requests.status as the kernel names them.
const (
	SupportOpen     = kernel.SupportOpen
	SupportAnswered = kernel.SupportAnswered
	SupportClosed   = kernel.SupportClosed
)

// SupportRequest is what a participant asks the coordinators of a programme; MatchID is the
// pair concerned, empty when the question is not about one.
type SupportRequest struct {
	ProgramID, MatchID, Topic, Body string
}

// RequestSupport stores userID's request to the coordinators of a programme they applied to;
// the record hook that e-mails every coordinator and the programme's contact address
// (MailSupportRequest) runs in the same transaction. A match must be userID's own in that
// programme. Missing fields come back as validation.Errors by form field (program, match,
// topic, body).
func RequestSupport(app core.App, userID string, in SupportRequest) (*core.Record, error) {
	in.Topic, in.Body = strings.TrimSpace(in.Topic), strings.TrimSpace(in.Body)
	var request *core.Record
	err := app.RunInTransaction(func(txApp core.App) error {
		program, err := supportProgram(txApp, userID, in)
		if err != nil {
			return err
		}
		collection, err := txApp.FindCachedCollectionByNameOrId(kernel.CollectionSupportRequests)
		if err != nil {
			return err
		}
		request = core.NewRecord(collection)
		request.Set("user", userID)
		request.Set("program", program.Id)
		request.Set("match", in.MatchID)
		request.Set("topic", in.Topic)
		request.Set("body", in.Body)
		request.Set("status", SupportOpen)
		return txApp.Save(request)
	})
	if err != nil {
		return nil, err
	}
	return request, nil
}

// supportProgram checks the request and returns its programme: one userID applied to, and a
// match of userID's in it, if any.
func supportProgram(app core.App, userID string, in SupportRequest) (*core.Record, error) {
	errs := validation.Errors{}
	if in.Topic == "" {
		errs["topic"] = validation.ErrRequired
	}
	if in.Body == "" {
		errs["body"] = validation.ErrRequired
	}
	program, err := app.FindRecordById(kernel.CollectionPrograms, in.ProgramID)
	if err != nil || !slices.ContainsFunc(SupportPrograms(app, userID), func(p *core.Record) bool { return p.Id == program.Id }) {
		errs["program"] = validation.ErrRequired
	}
	if in.MatchID != "" && program != nil {
		pair, role, err := Open(app, userID, in.MatchID)
		if err != nil || role == RoleCoordinator || pair.Program.Id != program.Id {
			errs["match"] = validation.ErrInInvalid
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return program, nil
}

// SupportPrograms are the programmes userID may ask for help in: those they applied to, by
// name. Their applications through the applications' user index: the back-relation filter
// "applications_via_program.user ?= X" asked each programme's thousands of applications.
func SupportPrograms(app core.App, userID string) []*core.Record {
	var programs []*core.Record
	err := app.RecordQuery(kernel.CollectionPrograms).
		Where(dbx.NewExp("[[programs.id]] IN (SELECT [[program]] FROM {{applications}} WHERE [[user]] = {:supportUser})",
			dbx.Params{"supportUser": userID})).
		OrderBy("programs.name ASC").All(&programs)
	if err != nil {
		return nil
	}
	return programs
}

// SupportMatches are the matches userID may attach to a request: their active and closed ones.
func SupportMatches(app core.App, userID string) []*core.Record {
	matches, err := memberMatches(app, userID)
	if err != nil {
		return nil
	}
	return matches
}

// memberMatches are the matches whose workspace userID opens as a member (active and
// closed), newest first.
func memberMatches(app core.App, userID string) ([]*core.Record, error) {
	return kernel.FindMatchesOf(app, userID, kernel.MatchActive, kernel.MatchClosed)
}

// AnswerSupport records a coordinator's answer to a request of their programme; the record
// hook that e-mails it to the person who asked (MailSupportAnswer) runs in the same
// transaction. An empty answer is a validation error of "answer"; a request of another
// programme is kernel.ErrNotFound.
func AnswerSupport(app core.App, coordinatorID, requestID, answer string) error {
	answer = strings.TrimSpace(answer)
	return app.RunInTransaction(func(txApp core.App) error {
		request, err := coordinatedRequest(txApp, coordinatorID, requestID)
		if err != nil {
			return err
		}
		if answer == "" {
			return validation.Errors{"answer": validation.ErrRequired}
		}
		request.Set("answer", answer)
		request.Set("status", SupportAnswered)
		return txApp.Save(request)
	})
}

// coordinatedRequest returns the request when coordinatorID coordinates its programme.
func coordinatedRequest(app core.App, coordinatorID, requestID string) (*core.Record, error) {
	request, err := app.FindRecordById(kernel.CollectionSupportRequests, requestID)
	if err != nil {
		return nil, kernel.ErrNotFound
	}
	program, err := app.FindRecordById(kernel.CollectionPrograms, request.GetString("program"))
	if err != nil || coordinatorID == "" || !slices.Contains(program.GetStringSlice("coordinators"), coordinatorID) {
		return nil, kernel.ErrNotFound
	}
	return request, nil
}

// SupportRequests are the programme's requests, open ones first, newest first.
func SupportRequests(app core.App, programID string) ([]*core.Record, error) {
	requests, err := app.FindRecordsByFilter(kernel.CollectionSupportRequests, "program = {:program}", "-created", 0, 0,
		dbx.Params{"program": programID})
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(requests, func(a, b *core.Record) int {
		return boolRank(a.GetString("status") != SupportOpen) - boolRank(b.GetString("status") != SupportOpen)
	})
	return requests, nil
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}
