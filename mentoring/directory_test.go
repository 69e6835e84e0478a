package mentoring_test

import (
	"slices"
	"testing"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/mentoring"
)

// directoryOf is the first page of the directory as the world's first mentee sees it with
// filter f, her application and the programme read as they are now.
func directoryOf(s *selfService, f mentoring.DirectoryFilter) ([]mentoring.DirectoryEntry, error) {
	res, err := mentoring.DirectoryPage(s.app, s.reload(s.program), s.reload(s.menteeApps[0]), mentoring.DirectoryQuery{DirectoryFilter: f})
	return res.Entries, err
}

// names are the entries' mentor names, in order.
func names(entries []mentoring.DirectoryEntry) []string {
	var out []string
	for _, e := range entries {
		out = append(out, e.Name)
	}
	return out
}

// Twenty-five mentors: the mentee sees twenty on the first page, the ones offering what she
// wants to develop first, and the other five on the second; when she changes her wishes the
// order follows at once (her ranking is kept until her application changes), and so does
// the count when a mentor leaves the directory.
func TestTheDirectoryComesTwentyAtATimeBestFirst(t *testing.T) {
	s := newSelfService(t, 25, 1, nil)
	b := apptest.Build(t, s.app)
	leadership := b.Tag("skill", "leadership", "Leadership")
	finance := b.Tag("skill", "finance", "Finance")
	for i, mentor := range s.mentorApps {
		skill := finance
		if i == 3 || i == 21 {
			skill = leadership
		}
		b.Update(mentor, map[string]any{"skills": []string{skill.Id}})
	}
	page := func(q mentoring.DirectoryQuery) mentoring.DirectoryResults {
		t.Helper()
		res, err := mentoring.DirectoryPage(s.app, s.reload(s.program), s.reload(s.menteeApps[0]), q)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	b.Update(s.menteeApps[0], map[string]any{"development_areas": []string{leadership.Id}})
	first := page(mentoring.DirectoryQuery{})
	if first.Total != 25 || first.Pages != 2 || len(first.Entries) != 20 {
		t.Fatalf("first page: %d of %d mentors, %d pages", len(first.Entries), first.Total, first.Pages)
	}
	if got := names(first.Entries)[:2]; !slices.Equal(got, []string{"Name of mentord", "Name of mentorv"}) {
		t.Errorf("best first: %v", got)
	}
	second := page(mentoring.DirectoryQuery{Page: 2})
	if len(second.Entries) != 5 || second.Total != 25 {
		t.Errorf("second page: %d of %d", len(second.Entries), second.Total)
	}
	if long := page(mentoring.DirectoryQuery{Page: 1, PerPage: 200}); long.Pages != 1 ||
		!slices.Equal(names(long.Entries), append(names(first.Entries), names(second.Entries)...)) {
		t.Errorf("one longer page (the ranked request's): %d pages, %v", long.Pages, names(long.Entries))
	}
	if byName := page(mentoring.DirectoryQuery{Order: mentoring.DirectoryByName}); byName.Entries[0].Name != "Name of mentora" {
		t.Errorf("by name: %v", names(byName.Entries)[:3])
	}
	skill := page(mentoring.DirectoryQuery{DirectoryFilter: mentoring.DirectoryFilter{Skills: []string{leadership.Id}}})
	if skill.Total != 2 || len(skill.Entries) != 2 {
		t.Errorf("skill filter: %v", names(skill.Entries))
	}
	either := page(mentoring.DirectoryQuery{DirectoryFilter: mentoring.DirectoryFilter{Skills: []string{leadership.Id, finance.Id}}})
	if either.Total != 25 {
		t.Errorf("either of two skills: %d mentors, want all 25", either.Total)
	}

	b.Update(s.menteeApps[0], map[string]any{"development_areas": []string{finance.Id}})
	if top := page(mentoring.DirectoryQuery{}).Entries[0].Name; top != "Name of mentora" {
		t.Errorf("after her wishes changed the first mentor is %s", top)
	}
	b.Update(s.mentorApps[0], map[string]any{"listed_in_directory": false})
	res := page(mentoring.DirectoryQuery{})
	if res.Total != 24 || res.Entries[0].Name == "Name of mentora" {
		t.Errorf("after a mentor left: %d mentors, first %s", res.Total, res.Entries[0].Name)
	}
	if _, found, err := mentoring.DirectoryMentor(s.app, s.program, s.reload(s.menteeApps[0]), s.mentorApps[0].Id); found || err != nil {
		t.Errorf("the unlisted mentor's profile is found (%v)", err)
	}
	one, found, err := mentoring.DirectoryMentor(s.app, s.program, s.reload(s.menteeApps[0]), s.mentorApps[1].Id)
	if !found || err != nil || one.Result.Score != res.Entries[0].Result.Score || one.Name != "Name of mentorb" {
		t.Errorf("profile %v %v %+v", found, err, one)
	}
}

// A page of the directory, shown again, reads no query whatever the number of mentors: the
// listed mentors, the viewer's ranking of them and the page's seats in use are kept in memory.
func TestADirectoryPageReadsAFixedNumberOfQueries(t *testing.T) {
	for _, mentors := range []int{3, 25} {
		s := newSelfService(t, mentors, 1, nil)
		program, viewer := s.reload(s.program), s.reload(s.menteeApps[0])
		page := func() {
			if _, err := mentoring.DirectoryPage(s.app, program, viewer, mentoring.DirectoryQuery{DirectoryFilter: mentoring.DirectoryFilter{Query: "MENTOR"}}); err != nil {
				t.Fatal(err)
			}
		}
		page()
		if queries := apptest.Queries(s.app, page); len(queries) != 0 {
			t.Errorf("%d mentors: %d queries, want none:\n%v", mentors, len(queries), queries)
		}
	}
}
