package mentoring

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// filteredMentors is the set of the programme's listed mentors that pass f's choices (skill,
// industry, job function, language, area, city, meeting mode), selected in SQL; nil when f
// chooses none of them. The free text is searched in the cached set instead
// (DirectoryPage): SQLite's LIKE and lower() fold ASCII letters only, and "malmö" must find
// Malmö.
func filteredMentors(app core.App, programID string, f DirectoryFilter) (map[string]bool, error) {
	where := []string{"program = {:program}", "role = {:role}", "status = {:status}", "listed_in_directory = 1"}
	params := dbx.Params{"program": programID, "role": kernel.RoleMentor, "status": kernel.ApplicationApproved}
	add := func(clause, name string, value any) {
		where = append(where, clause)
		params[name] = value
	}
	if len(f.Skills) > 0 {
		names := make([]string, len(f.Skills))
		for i, skill := range f.Skills {
			names[i] = fmt.Sprintf("{:skill%d}", i)
			params[fmt.Sprintf("skill%d", i)] = skill
		}
		where = append(where, "EXISTS (SELECT 1 FROM json_each(skills) WHERE json_each.value IN ("+strings.Join(names, ", ")+"))")
	}
	for _, field := range []struct{ column, value string }{
		{"industry", f.Industry}, {"job_function", f.JobFunction}, {"area", f.Area}, {"city", f.City},
	} {
		if field.value != "" {
			add(field.column+" = {:"+field.column+"} COLLATE NOCASE", field.column, field.value)
		}
	}
	for _, field := range []struct{ column, value string }{{"languages", f.Language}, {"meeting_modes", f.MeetingMode}} {
		if field.value != "" {
			add("EXISTS (SELECT 1 FROM json_each("+field.column+") WHERE json_each.value = {:"+field.column+"})",
				field.column, field.value)
		}
	}
	if len(where) == 4 {
		return nil, nil
	}
	var ids []string
	err := app.DB().NewQuery("SELECT id FROM applications WHERE " + strings.Join(where, " AND ")).Bind(params).Column(&ids)
	passes := make(map[string]bool, len(ids))
	for _, id := range ids {
		passes[id] = true
	}
	return passes, err
}

// choices lists the languages, areas and cities of the set's mentors, sorted, for the
// filters; once, when the set is read.
func (s *mentorSet) choices() {
	var languages, areas, cities []string
	for _, m := range s.mentors {
		languages = append(languages, m.profile.Languages...)
		areas = append(areas, m.profile.Area)
		cities = append(cities, m.profile.City)
	}
	s.languages, s.areas, s.cities = sortedUnique(languages), sortedUnique(areas), sortedUnique(cities)
}

// sortedUnique drops empty and repeated values and sorts the rest.
func sortedUnique(values []string) []string {
	out := slices.DeleteFunc(values, func(v string) bool { return v == "" })
	slices.Sort(out)
	return slices.Compact(out)
}
