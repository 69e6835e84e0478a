package workspace

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/calendar"
	"github.com/mentorbase/mentorbase/kernel"
)

// Due is one form one member of a pair fills in: when it becomes due (zero while unknown,
// e.g. before the first meeting) and the submitted evaluation, once there is one.
type Due struct {
	Form      EvaluationForm
	Role      string       // RoleMentor or RoleMentee
	Author    *core.Record // the member who fills it in
	At        time.Time
	Submitted *core.Record
}

// Open reports whether the form is waiting for its author at now: due and not submitted.
func (d Due) Open(now time.Time) bool {
	return d.Submitted == nil && !d.At.IsZero() && !now.Before(d.At)
}

// DuesFor lists, form by form in the programme's order, what each member of the pair owes. A
// closed match owes nothing that would have come after it ended, and the final evaluation and
// programme feedback become due when it closes.
func DuesFor(app core.App, pair *kernel.Pair, now time.Time) ([]Due, error) {
	meetings, err := Meetings(app, pair.Match.Id)
	if err != nil {
		return nil, err
	}
	evaluations, err := submittedEvaluations(app, []*kernel.Pair{pair})
	if err != nil {
		return nil, err
	}
	return duesOf(pair, meetings, evaluations, now), nil
}

// duesOf is DuesFor from the pair's meetings and submitted evaluations (others' are ignored),
// so that pages showing several pairs load them once for all.
func duesOf(pair *kernel.Pair, meetings, evaluations []*core.Record, now time.Time) []Due {
	firstMeeting := firstMeetingEnd(meetings, now)
	ended := pair.Match.GetDateTime("ended_at").Time()
	closed := pair.Match.GetString("status") == kernel.MatchClosed
	var dues []Due
	for _, form := range EvaluationForms {
		at := dueDate(form, pair, firstMeeting)
		if closed && form.Due != DueAtEnd && (at.IsZero() || at.After(ended)) {
			continue
		}
		for _, member := range []struct {
			role   string
			author *core.Record
		}{{RoleMentor, pair.Mentor}, {RoleMentee, pair.Mentee}} {
			if !form.FilledByRole(member.role) {
				continue
			}
			submitted := submittedEvaluation(evaluations, pair, form, member.author.Id)
			dues = append(dues, Due{Form: form, Role: member.role, Author: member.author, At: at, Submitted: submitted})
		}
	}
	return dues
}

// dueDate is when form becomes due for the pair.
func dueDate(form EvaluationForm, pair *kernel.Pair, firstMeeting time.Time) time.Time {
	switch form.Due {
	case DueAfterFirstMeeting:
		return firstMeeting
	case DueAtMidpoint:
		return pair.Program.GetDateTime("midpoint_at").Time()
	default:
		if pair.Match.GetString("status") == kernel.MatchClosed {
			return pair.Match.GetDateTime("ended_at").Time()
		}
		return pair.Program.GetDateTime("ends_at").Time()
	}
}

// firstMeetingEnd is the end of the first of the pair's meetings that took place: marked held,
// or confirmed and over by now (pairs often forget to mark it). Zero when there is none yet.
func firstMeetingEnd(meetings []*core.Record, now time.Time) time.Time {
	var first time.Time
	for _, m := range meetings {
		end := m.GetDateTime("ends_at").Time()
		status := m.GetString("status")
		if status == calendar.StatusHeld || status == calendar.StatusConfirmed && !end.After(now) {
			if first.IsZero() || end.Before(first) {
				first = end
			}
		}
	}
	return first
}

// submittedEvaluations are, in one query, the submitted evaluations of pairs: those of their
// matches and the programme feedback of their members.
func submittedEvaluations(app core.App, pairs []*kernel.Pair) ([]*core.Record, error) {
	if len(pairs) == 0 {
		return nil, nil
	}
	var matchIDs, programIDs, memberIDs []any
	for _, p := range pairs {
		matchIDs = append(matchIDs, p.Match.Id)
		programIDs = append(programIDs, p.Program.Id)
		memberIDs = append(memberIDs, p.Mentor.Id, p.Mentee.Id)
	}
	return app.FindAllRecords(kernel.CollectionEvaluations, dbx.Not(dbx.HashExp{"submitted_at": ""}), dbx.Or(
		dbx.In("match", matchIDs...),
		dbx.And(dbx.HashExp{"match": ""}, dbx.In("program", programIDs...), dbx.In("author", memberIDs...)),
	))
}

// submittedEvaluation is authorID's submitted evaluation of form for the pair (for programme
// feedback: for the pair's programme) among evaluations, or nil.
func submittedEvaluation(evaluations []*core.Record, pair *kernel.Pair, form EvaluationForm, authorID string) *core.Record {
	for _, e := range evaluations {
		if e.GetString("kind") != form.Kind || e.GetString("author") != authorID {
			continue
		}
		if form.AboutProgramme && e.GetString("program") == pair.Program.Id && e.GetString("match") == "" ||
			!form.AboutProgramme && e.GetString("match") == pair.Match.Id {
			return e
		}
	}
	return nil
}

// evaluationSteps are the timeline's evaluation steps from the pair's dues (keys
// StepFirstInterview, StepMidpoint, StepFinal): done when every member who fills the form has
// submitted it, due when the form is.
func evaluationSteps(dues []Due) []Step {
	var steps []Step
	for _, d := range dues {
		if d.Form.AboutProgramme {
			continue
		}
		key := "evaluation_" + d.Form.Kind
		if n := len(steps); n > 0 && steps[n-1].Key == key {
			steps[n-1].Done = steps[n-1].Done && d.Submitted != nil
			continue
		}
		steps = append(steps, Step{Key: key, Done: d.Submitted != nil, Due: d.At})
	}
	return steps
}

// ReplaceEvaluationSteps returns steps with each evaluation step (StepFirstInterview,
// StepMidpoint, StepFinal) replaced by the pair's own from evaluations (evaluationSteps), in
// place, and dropped when the pair owes none (a check-in that would have come after the match
// closed). Other steps stay as they are.
func ReplaceEvaluationSteps(steps, evaluations []Step) []Step {
	own := map[string]Step{}
	for _, s := range evaluations {
		own[s.Key] = s
	}
	out := make([]Step, 0, len(steps))
	for _, s := range steps {
		switch s.Key {
		case StepFirstInterview, StepMidpoint, StepFinal:
			if e, ok := own[s.Key]; ok {
				out = append(out, e)
			}
		default:
			out = append(out, s)
		}
	}
	return out
}
