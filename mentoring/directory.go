package mentoring

import (
	"slices"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/kernel"
)

// DirectoryPerPage is how many mentors one page of the directory shows.
const DirectoryPerPage = 20

// DirectoryByName orders the directory by name; the default order is the best score first.
const DirectoryByName = "name"

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

// DirectoryQuery is one page of the directory: its filter, its order ("" or DirectoryByName),
// the page, from 1, and its length, DirectoryPerPage unless PerPage says more.
type DirectoryQuery struct {
	DirectoryFilter
	Order   string
	Page    int
	PerPage int
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

// DirectoryResults is one page of the directory, the number of mentors the filter lets
// through, and the languages, areas and cities of all listed mentors (the filters' choices).
type DirectoryResults struct {
	Entries                  []DirectoryEntry
	Total, Page, Pages       int
	Languages, Areas, Cities []string
}

// DirectoryPage lists one page of the approved mentors of a self-service programme who chose
// to be listed, filtered by q and sorted by their score with viewerUserID's mentee
// application (best first, then by name), or by name. Mentors at capacity stay in the list,
// marked, so a mentee sees why they cannot invite them. Every listed mentor's score is
// computed once per viewer (directoryCache), the filters applied to the kept set; only the
// page's mentors are read and explained.
func DirectoryPage(app core.App, programID, viewerUserID string, q DirectoryQuery) (DirectoryResults, error) {
	var res DirectoryResults
	program, err := directoryProgram(app, programID)
	if err != nil {
		return res, err
	}
	stamp, err := mentorStamp(app, programID)
	if err != nil {
		return res, err
	}
	cache := cacheOf(app)
	set, err := cache.listedMentors(app, programID, stamp)
	if err != nil {
		return res, err
	}
	viewer := viewerApplication(app, programID, viewerUserID)
	order := make([]int32, len(set.mentors))
	for i := range order {
		order[i] = int32(i)
	}
	if viewer != nil && q.Order != DirectoryByName {
		order, _ = cache.ranking(set, program, viewer, programCriteria(app, program))
	}
	query := strings.ToLower(strings.TrimSpace(q.Query))
	res.Page = max(q.Page, 1)
	perPage := q.PerPage
	if perPage <= 0 {
		perPage = DirectoryPerPage
	}
	first := (res.Page - 1) * perPage
	var shown []string
	for _, i := range order {
		m := &set.mentors[i]
		if m.user == viewerUserID || !q.passes(m, query) {
			continue
		}
		if res.Total >= first && len(shown) < perPage {
			shown = append(shown, m.id)
		}
		res.Total++
	}
	res.Pages = max((res.Total+perPage-1)/perPage, 1)
	res.Languages, res.Areas, res.Cities = set.languages, set.areas, set.cities
	res.Entries, err = directoryEntries(app, program, viewer, shown)
	return res, err
}

// DirectoryMentor is one listed mentor of the programme as viewerUserID's directory shows
// them, scored with the viewer alone; found is false for anyone not listed there.
func DirectoryMentor(app core.App, programID, viewerUserID, applicationID string) (entry DirectoryEntry, found bool, err error) {
	program, err := directoryProgram(app, programID)
	if err != nil {
		return entry, false, err
	}
	mentor, err := app.FindRecordById(kernel.CollectionApplications, applicationID)
	if err != nil || mentor.GetString("program") != programID || mentor.GetString("role") != kernel.RoleMentor ||
		mentor.GetString("status") != kernel.ApplicationApproved || !mentor.GetBool("listed_in_directory") ||
		mentor.GetString("user") == viewerUserID {
		return entry, false, nil
	}
	entries, err := directoryEntries(app, program, viewerApplication(app, programID, viewerUserID), []string{mentor.Id})
	if err != nil || len(entries) == 0 {
		return entry, false, err
	}
	return entries[0], true, nil
}

// directoryEntries reads the mentors of ids, in that order, with their names, seats and
// score with viewer (nil: no score).
func directoryEntries(app core.App, program, viewer *core.Record, ids []string) ([]DirectoryEntry, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	records, err := app.FindRecordsByIds(kernel.CollectionApplications, ids)
	if err != nil {
		return nil, err
	}
	if errs := app.ExpandRecords(records, []string{"user"}, nil); len(errs) > 0 {
		return nil, errs["user"]
	}
	used, err := kernel.ActiveSeats(app, ids)
	if err != nil {
		return nil, err
	}
	criteria := programCriteria(app, program)
	entries := make([]DirectoryEntry, 0, len(records))
	for _, mentor := range records {
		user := mentor.ExpandedOne("user")
		if user == nil {
			continue
		}
		e := DirectoryEntry{Application: mentor, Name: user.GetString("name")}
		e.SeatsLeft = max(kernel.MentorCapacity(mentor, program)-used[mentor.Id], 0)
		e.AtCapacity = e.SeatsLeft == 0
		if viewer != nil {
			e.Result = matching.Score(Profile(viewer), Profile(mentor), criteria)
		}
		entries = append(entries, e)
	}
	slices.SortFunc(entries, func(a, b DirectoryEntry) int {
		return slices.Index(ids, a.Application.Id) - slices.Index(ids, b.Application.Id)
	})
	return entries, nil
}

// directoryProgram is the self-service programme of id.
func directoryProgram(app core.App, id string) (*core.Record, error) {
	program, err := findOwn(app, kernel.CollectionPrograms, id)
	if err != nil {
		return nil, err
	}
	if program.GetString("matching_mode") != kernel.MatchingSelfService {
		return nil, kernel.Refuse("mentoring.error.wrong_mode")
	}
	return program, nil
}

// viewerApplication is the viewer's mentee application in the programme, or nil.
func viewerApplication(app core.App, programID, viewerUserID string) *core.Record {
	viewer, _ := app.FindFirstRecordByFilter(kernel.CollectionApplications,
		`program = {:program} && user = {:viewer} && role = {:role}`,
		dbx.Params{"program": programID, "viewer": viewerUserID, "role": kernel.RoleMentee})
	return viewer
}

// programCriteria is the programme's criteria, or the engine's defaults when they cannot be
// read (saved before the programme rules checked them: every mentee would get an error page).
func programCriteria(app core.App, program *core.Record) matching.Criteria {
	criteria, err := ProgramCriteria(program)
	if err != nil {
		app.Logger().Error("directory: unreadable programme criteria, scoring with the defaults",
			"program", program.Id, "error", err)
		return matching.DefaultCriteria()
	}
	return criteria
}
