package workspace

// SaveCohortMail and TokenTaken let a test play the later of two posts of one form that both
// found no token yet.
var (
	SaveCohortMail = saveCohortMail
	TokenTaken     = tokenTaken
)
