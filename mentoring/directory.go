package mentoring

import (
	"strings"

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
	// Application is the mentor's application as the directory keeps it in memory, shared
	// by every page: read it, never change it.
	Application *core.Record
	Name        string
	// Profile is the application's matching profile, as kept beside it: read it, never change it.
	Profile matching.Profile
	// Result is the score with the viewer's mentee application.
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

// DirectoryPage lists one page of the approved mentors of program, a self-service programme,
// who chose to be listed, filtered by q and sorted by their score with viewer, the reader's
// mentee application (best first, then by name), or by name; the viewer's own mentor
// application, if any, is left out. Mentors at capacity stay in the list, marked, so a
// mentee sees why they cannot invite them. The listed mentors are kept in memory
// (directoryCache) and every one's score is computed once per viewer, the filters applied to
// the kept set; only the page's mentors are explained, and their seats read.
func DirectoryPage(app core.App, program, viewer *core.Record, q DirectoryQuery) (DirectoryResults, error) {
	var res DirectoryResults
	if err := selfService(program); err != nil {
		return res, err
	}
	cache := cacheOf(app)
	set, err := cache.listedMentors(app, program.Id)
	if err != nil {
		return res, err
	}
	order := make([]int32, len(set.mentors))
	for i := range order {
		order[i] = int32(i)
	}
	criteria := programCriteria(app, program)
	if q.Order != DirectoryByName {
		if ranked := cache.ranking(set, program, viewer, criteria); ranked != nil {
			order = ranked
		}
	}
	query := strings.ToLower(strings.TrimSpace(q.Query))
	res.Page = max(q.Page, 1)
	perPage := q.PerPage
	if perPage <= 0 {
		perPage = DirectoryPerPage
	}
	first := (res.Page - 1) * perPage
	var shown []*listedMentor
	skip, listed := set.byUser[viewer.GetString("user")] // the viewer's own mentor application
	if !listed {
		skip = -1
	}
	unfiltered := q.DirectoryFilter.chooses() == 0 && query == ""
	filter := set.match(q.DirectoryFilter, query)
	for _, i := range order {
		if i == skip || !filter.passes(set, i) {
			continue
		}
		if res.Total >= first && len(shown) < perPage {
			shown = append(shown, &set.mentors[i])
		}
		res.Total++
		if unfiltered && len(shown) == perPage {
			// every mentor passes: the count is known without going through the rest
			res.Total = len(order)
			if listed {
				res.Total--
			}
			break
		}
	}
	res.Pages = max((res.Total+perPage-1)/perPage, 1)
	res.Languages, res.Areas, res.Cities = set.languages, set.areas, set.cities
	res.Entries, err = directoryEntries(app, program, viewer, criteria, shown)
	return res, err
}

// DirectoryMentor is the listed mentor of program (self-service) whose application is
// applicationID, as viewer's directory shows them, scored with the viewer alone; found is
// false for anyone not listed there.
func DirectoryMentor(app core.App, program, viewer *core.Record, applicationID string) (entry DirectoryEntry, found bool, err error) {
	if err := selfService(program); err != nil {
		return entry, false, err
	}
	set, err := cacheOf(app).listedMentors(app, program.Id)
	if err != nil {
		return entry, false, err
	}
	i, listed := set.byID[applicationID]
	if !listed || set.mentors[i].user == viewer.GetString("user") {
		return entry, false, nil
	}
	entries, err := directoryEntries(app, program, viewer, programCriteria(app, program), []*listedMentor{&set.mentors[i]})
	if err != nil {
		return entry, false, err
	}
	return entries[0], true, nil
}

// directoryEntries are the kept mentors, in order, with their seats (one query, kept until a
// match changes: activeSeats) and score with viewer under the programme's criteria.
func directoryEntries(app core.App, program, viewer *core.Record, criteria matching.Criteria, mentors []*listedMentor) ([]DirectoryEntry, error) {
	if len(mentors) == 0 {
		return nil, nil
	}
	ids := make([]string, len(mentors))
	for i, m := range mentors {
		ids[i] = m.id
	}
	used, err := activeSeats(app, ids)
	if err != nil {
		return nil, err
	}
	profiles := make([]matching.Profile, len(mentors))
	for i, m := range mentors {
		profiles[i] = m.profile
	}
	results := matching.ScoreEach(Profile(viewer), profiles, criteria)
	entries := make([]DirectoryEntry, len(mentors))
	for i, m := range mentors {
		e := DirectoryEntry{Application: m.application, Name: m.name, Profile: m.profile, Result: results[i]}
		e.SeatsLeft = max(kernel.CapacityOr(m.profile.Capacity, program)-used[m.id], 0)
		e.AtCapacity = e.SeatsLeft == 0
		entries[i] = e
	}
	return entries, nil
}

// selfService refuses a programme whose mentees do not choose their mentor in a directory.
func selfService(program *core.Record) error {
	if program.GetString("matching_mode") != kernel.MatchingSelfService {
		return kernel.Refuse("mentoring.error.wrong_mode")
	}
	return nil
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
