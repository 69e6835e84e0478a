package mentoring

import (
	"slices"
	"sort"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/kernel"
)

// DirectoryFilter narrows the directory. Empty fields do not filter. Skills are tag ids (a
// mentor offering any of them passes), Language an ISO 639-1 code, MeetingMode in_person,
// video or phone; Query is searched in the mentor's name, organisation, bio, education, city
// and area, case-insensitively.
type DirectoryFilter struct {
	Skills                []string
	Industry, JobFunction string
	Language, Area, City  string
	MeetingMode, Query    string
}

// DirectoryEntry is one mentor as a mentee sees them: no e-mail, no phone.
type DirectoryEntry struct {
	Application *core.Record
	Name        string
	// Result is the score with the viewer's mentee application (zero without one).
	Result     matching.Result
	SeatsLeft  int
	AtCapacity bool
}

// Directory lists the approved mentors of a self-service programme who chose to be listed,
// filtered by f and sorted by their score with viewerUserID's mentee application (best
// first, then by name). Mentors at capacity stay in the list, marked, so a mentee sees why
// they cannot invite them.
func Directory(app core.App, programID, viewerUserID string, f DirectoryFilter) ([]DirectoryEntry, error) {
	program, err := findOwn(app, kernel.CollectionPrograms, programID)
	if err != nil {
		return nil, err
	}
	if program.GetString("matching_mode") != kernel.MatchingSelfService {
		return nil, kernel.Refuse("mentoring.error.wrong_mode")
	}
	mentors, err := app.FindRecordsByFilter(kernel.CollectionApplications,
		`program = {:program} && role = {:role} && status = {:status} && listed_in_directory = true && user != {:viewer}`,
		"", 0, 0, dbx.Params{"program": programID, "viewer": viewerUserID,
			"role": kernel.RoleMentor, "status": kernel.ApplicationApproved})
	if err != nil {
		return nil, err
	}
	if errs := app.ExpandRecords(mentors, []string{"user"}, nil); len(errs) > 0 {
		return nil, errs["user"]
	}
	viewer, _ := app.FindFirstRecordByFilter(kernel.CollectionApplications,
		`program = {:program} && user = {:viewer} && role = {:role}`,
		dbx.Params{"program": programID, "viewer": viewerUserID, "role": kernel.RoleMentee})
	criteria, err := ProgramCriteria(program)
	if err != nil {
		// saved before the programme rules checked it: every mentee would get an error page
		app.Logger().Error("directory: unreadable programme criteria, scoring with the defaults",
			"program", program.Id, "error", err)
		criteria = matching.DefaultCriteria()
	}
	ids := make([]string, len(mentors))
	for i, mentor := range mentors {
		ids[i] = mentor.Id
	}
	used, err := kernel.ActiveSeats(app, ids)
	if err != nil {
		return nil, err
	}
	var entries []DirectoryEntry
	for _, mentor := range mentors {
		user := mentor.ExpandedOne("user")
		if user == nil || !f.matches(mentor, user.GetString("name")) {
			continue
		}
		seatsLeft := max(kernel.MentorCapacity(mentor, program)-used[mentor.Id], 0)
		e := DirectoryEntry{Application: mentor, Name: user.GetString("name"), SeatsLeft: seatsLeft}
		e.AtCapacity = e.SeatsLeft == 0
		if viewer != nil {
			e.Result = matching.Score(Profile(viewer), Profile(mentor), criteria)
		}
		entries = append(entries, e)
	}
	sort.SliceStable(entries, func(i, j int) bool {
		if entries[i].Result.Score != entries[j].Result.Score {
			return entries[i].Result.Score > entries[j].Result.Score
		}
		return entries[i].Name < entries[j].Name
	})
	return entries, nil
}

// matches reports whether a mentor's application (and name) passes the filter.
func (f DirectoryFilter) matches(mentor *core.Record, name string) bool {
	is := func(want, field string) bool { return want == "" || strings.EqualFold(mentor.GetString(field), want) }
	has := func(want, field string) bool {
		return want == "" || slices.Contains(mentor.GetStringSlice(field), want)
	}
	if len(f.Skills) > 0 && !slices.ContainsFunc(f.Skills, func(s string) bool { return has(s, "skills") }) {
		return false
	}
	if !is(f.Industry, "industry") || !is(f.JobFunction, "job_function") || !is(f.Area, "area") || !is(f.City, "city") {
		return false
	}
	if !has(f.Language, "languages") || !has(f.MeetingMode, "meeting_modes") {
		return false
	}
	query := strings.ToLower(strings.TrimSpace(f.Query))
	if query == "" {
		return true
	}
	for _, text := range []string{name, mentor.GetString("organisation"), mentor.GetString("bio"),
		mentor.GetString("education"), mentor.GetString("city"), mentor.GetString("area")} {
		if strings.Contains(strings.ToLower(text), query) {
			return true
		}
	}
	return false
}
