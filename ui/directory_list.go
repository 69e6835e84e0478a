package ui

import (
	"html/template"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// directoryChoice is one option of a directory filter.
type directoryChoice struct {
	Value, Label string
	Selected     bool
	Lang         string // of a tag's or an area's label in another language than the page's (own_words.go)
}

// directoryOptions are the choices of the directory's filters.
type directoryOptions struct {
	Skills, Industries, JobFunctions []directoryChoice
	Languages, Areas, Cities, Modes  []directoryChoice
}

// directoryList shows a self-service programme's listed mentors to its approved mentees,
// sorted by their score with the viewer, with filters in the query string.
func (s *server) directoryList(e *core.RequestEvent) error {
	program, mentee, ok, err := s.openDirectory(e)
	if !ok {
		return err
	}
	query := e.Request.URL.Query()
	q := mentoring.DirectoryQuery{DirectoryFilter: directoryFilterOf(e), Order: query.Get("order"), Page: pageNumber(query)}
	if q.Order != mentoring.DirectoryByName {
		q.Order = ""
	}
	found, err := mentoring.DirectoryPage(e.App, program, mentee, q)
	if err != nil {
		return err
	}
	p := newPage(e, "directory.title")
	options, err := directoryOptionsOf(e, program, found, q.DirectoryFilter)
	if err != nil {
		return err
	}
	cards := make([]mentorCard, 0, len(found.Entries))
	labels, base := newValueLabels(e.App, p.Locale, program), directoryBase(program)
	for _, entry := range found.Entries {
		cards = append(cards, newMentorCard(labels, base, entry))
	}
	s.setOpenness(e.App, p.Locale, program, cards, found.Entries)
	current := s.currentMentorOf(e.App, mentee)
	for i := range cards {
		cards[i].Seat = newSeatBadge(p.Locale, cards[i], current)
	}
	p.Data = struct {
		Program programCard
		Filter  mentoring.DirectoryFilter
		Order   string
		Filters template.HTML // the filters' fields (directoryFilters)
		Cards   template.HTML
		Total   int
		Pager   pager
		Current *currentMentor
	}{newProgramCard(program, requestLocale(e), time.Now()), q.DirectoryFilter, q.Order, directoryFilters(options, p.Locale),
		directoryCards(cards, newDirectoryLabels(p.Locale), current != nil), found.Total,
		sizedPager(e.Request.URL.Path, query, q.Page, found.Total, mentoring.DirectoryPerPage), current}
	return s.render(e, http.StatusOK, "directory_list", p)
}

// directoryFilterOf reads the filters from the query string.
func directoryFilterOf(e *core.RequestEvent) mentoring.DirectoryFilter {
	q := e.Request.URL.Query()
	one := func(name string) string { return strings.TrimSpace(q.Get(name)) }
	f := mentoring.DirectoryFilter{
		Industry: one("industry"), JobFunction: one("job_function"), Language: one("language"),
		Area: one("area"), City: one("city"), MeetingMode: one("mode"), Query: one("q"),
	}
	if skill := one("skill"); skill != "" {
		f.Skills = []string{skill}
	}
	return f
}

// directoryOptionsOf lists the filter choices: the programme's skill, industry and job
// function tags (from the cached vocabulary), the languages, areas and cities of its listed mentors, and the meeting modes.
func directoryOptionsOf(e *core.RequestEvent, program *core.Record, found mentoring.DirectoryResults, f mentoring.DirectoryFilter) (directoryOptions, error) {
	locale := requestLocale(e)
	var o directoryOptions
	tags, err := cachedVocabulary(e.App)
	if err != nil {
		return o, err
	}
	for i, tag := range tags.byKey {
		scope := tags.scopes[i]
		if scope.program != "" && scope.program != program.Id {
			continue
		}
		c := directoryChoice{Value: tag.Id}
		c.Label, c.Lang = tags.label(tag, locale)
		switch scope.kind {
		case kernel.TagSkill:
			c.Selected = slices.Contains(f.Skills, tag.Id)
			o.Skills = append(o.Skills, c)
		case kernel.TagIndustry:
			c.Selected = f.Industry == tag.Id
			o.Industries = append(o.Industries, c)
		case kernel.TagJobFunction:
			c.Selected = f.JobFunction == tag.Id
			o.JobFunctions = append(o.JobFunctions, c)
		}
	}
	for _, code := range found.Languages {
		o.Languages = append(o.Languages, directoryChoice{Value: code, Label: spokenLanguageName(locale, code), Selected: f.Language == code})
	}
	for _, area := range found.Areas {
		c := directoryChoice{Value: area, Selected: f.Area == area}
		c.Label, c.Lang = areaText(program, area, locale)
		o.Areas = append(o.Areas, c)
	}
	for _, city := range found.Cities {
		o.Cities = append(o.Cities, directoryChoice{Value: city, Label: city, Selected: f.City == city})
	}
	for _, mode := range kernel.MeetingModes {
		o.Modes = append(o.Modes, directoryChoice{Value: mode, Label: modeName(locale, mode), Selected: f.MeetingMode == mode})
	}
	return o, nil
}
