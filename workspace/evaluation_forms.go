package workspace

import "github.com/mentorbase/mentorbase/kernel"

// Evaluation kinds, the values of evaluations.kind as the kernel names them.
const (
	EvaluationFirstInterview  = kernel.EvaluationFirstInterview
	EvaluationMidpoint        = kernel.EvaluationMidpoint
	EvaluationFinal           = kernel.EvaluationFinal
	EvaluationProgramFeedback = kernel.EvaluationProgramFeedback
)

// Who fills a form in: a member's role (FilledByRole compares them), or both members.
const (
	FilledByMentor = RoleMentor
	FilledByBoth   = "both"
)

// When a form becomes due.
const (
	DueAfterFirstMeeting = "after_first_meeting" // the end of the pair's first held meeting
	DueAtMidpoint        = "midpoint"            // programs.midpoint_at
	DueAtEnd             = "end"                 // programs.ends_at, or when the match is closed
)

// Question types; each decides its input on the form and the value stored in answers.
const (
	QuestionText     = "text"     // one line, stored as a string
	QuestionTextarea = "textarea" // paragraphs, stored as a string
	QuestionScale    = "scale"    // 1 (poor) to 5 (very good), stored as a number
	QuestionYesNo    = "yesno"    // stored as true or false
	QuestionDate     = "date"     // YYYY-MM-DD, stored as that string
)

// Question is one question of a form. Its label is the catalog key
// "evaluation.<kind>.<key>"; answers are stored under Key.
type Question struct {
	Key      string
	Type     string
	Required bool
}

// EvaluationForm is one form of the programme: who fills it, when it is due, its questions
// and who reads the answers besides the author and the coordinators.
type EvaluationForm struct {
	Kind     string
	FilledBy string
	Due      string
	// SharedWithPartner lets the other member of the pair read the submitted answers: the
	// first-interview evaluation is the mentor's written feedback to the mentee.
	SharedWithPartner bool
	// AboutProgramme forms are about the programme, not the pair: they are stored without a
	// match, one per person and programme.
	AboutProgramme bool
	Questions      []Question
}

// EvaluationForms are the programme's forms, in the order they come; the only place they are
// defined. The first interview follows seed 002 (the mentor's assessment, feedback, advice,
// action plan and follow-up date), the check-in seed 003's mid-programme message.
var EvaluationForms = []EvaluationForm{
	{Kind: EvaluationFirstInterview, FilledBy: FilledByMentor, Due: DueAfterFirstMeeting, SharedWithPartner: true,
		Questions: []Question{
			{Key: "project_realistic", Type: QuestionYesNo, Required: true},
			{Key: "project_relevant", Type: QuestionYesNo, Required: true},
			{Key: "feedback", Type: QuestionTextarea, Required: true},
			{Key: "advice", Type: QuestionTextarea},
			{Key: "action_plan", Type: QuestionTextarea, Required: true},
			{Key: "follow_up_on", Type: QuestionDate},
		}},
	{Kind: EvaluationMidpoint, FilledBy: FilledByBoth, Due: DueAtMidpoint,
		Questions: []Question{
			{Key: "met", Type: QuestionYesNo, Required: true},
			{Key: "going", Type: QuestionScale, Required: true},
			{Key: "tell_us", Type: QuestionTextarea},
		}},
	{Kind: EvaluationFinal, FilledBy: FilledByBoth, Due: DueAtEnd,
		Questions: []Question{
			{Key: "useful", Type: QuestionScale, Required: true},
			{Key: "goals_reached", Type: QuestionYesNo, Required: true},
			{Key: "highlights", Type: QuestionTextarea},
			{Key: "next_step", Type: QuestionText},
		}},
	{Kind: EvaluationProgramFeedback, FilledBy: FilledByBoth, Due: DueAtEnd, AboutProgramme: true,
		Questions: []Question{
			{Key: "rating", Type: QuestionScale, Required: true},
			{Key: "recommend", Type: QuestionYesNo, Required: true},
			{Key: "improve", Type: QuestionTextarea},
		}},
}

// FormOf returns the form of kind.
func FormOf(kind string) (EvaluationForm, bool) {
	for _, f := range EvaluationForms {
		if f.Kind == kind {
			return f, true
		}
	}
	return EvaluationForm{}, false
}

// FilledByRole reports whether a member with role (RoleMentor or RoleMentee) fills the form in.
func (f EvaluationForm) FilledByRole(role string) bool {
	switch f.FilledBy {
	case FilledByBoth:
		return role == RoleMentor || role == RoleMentee
	default:
		return role == f.FilledBy
	}
}

// TitleKey is the catalog key of the form's title.
func (f EvaluationForm) TitleKey() string { return "evaluation." + f.Kind + ".title" }

// LabelKey is the catalog key of the question's label in form kind.
func (q Question) LabelKey(kind string) string { return "evaluation." + kind + "." + q.Key }
