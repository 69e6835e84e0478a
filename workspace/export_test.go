package workspace

// SaveCohortMail lets a test play the later of two posts of one form that both found no
// token yet.
var SaveCohortMail = saveCohortMail
