package workspace

import (
	"regexp"
	"slices"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// maxEarlierRuns is how many earlier runs a report compares with: beyond three years the
// programme has usually changed too much for the figures to say much.
const maxEarlierRuns = 3

// runSuffix is what tells runs of one programme apart in their slugs: a year or a number at
// the end ("alumni-career-2025", "alumni-career-2").
var runSuffix = regexp.MustCompile(`(-[0-9]+)+$`)

// SlugStem is a programme's slug without the year or number that tells its runs apart.
func SlugStem(slug string) string {
	return runSuffix.ReplaceAllString(strings.ToLower(slug), "")
}

// EarlierRuns returns the earlier runs of program that viewerID coordinates (every one for a
// superuser, viewerID ""), the latest first, at most three. An earlier run is a programme
// whose slug has the same stem (SlugStem) and which started before program.
func EarlierRuns(app core.App, program *core.Record, viewerID string) ([]*core.Record, error) {
	stem := SlugStem(program.GetString("slug"))
	candidates, err := app.FindAllRecords(kernel.CollectionPrograms,
		dbx.NewExp("id != {:id} AND starts_at != '' AND starts_at < {:start} AND slug LIKE {:stem}",
			dbx.Params{"id": program.Id, "start": program.GetString("starts_at"), "stem": stem + "%"}))
	if err != nil {
		return nil, err
	}
	var runs []*core.Record
	for _, c := range candidates {
		if SlugStem(c.GetString("slug")) != stem {
			continue
		}
		if viewerID != "" && !slices.Contains(c.GetStringSlice("coordinators"), viewerID) {
			continue
		}
		runs = append(runs, c)
	}
	slices.SortFunc(runs, func(a, b *core.Record) int {
		return strings.Compare(b.GetString("starts_at"), a.GetString("starts_at"))
	})
	if len(runs) > maxEarlierRuns {
		runs = runs[:maxEarlierRuns]
	}
	return runs, nil
}
