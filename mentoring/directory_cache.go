package mentoring

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/kernel"
)

// listedMentor is what the directory keeps in memory of one listed mentor: enough to rank,
// count and search, not to show (a page reads its twenty mentors' records).
type listedMentor struct {
	id, user, name string
	profile        matching.Profile
	text           string // name, organisation, bio, education, city and area, lower-cased
}

// mentorSet is a programme's listed mentors by name, as they were when stamp was read.
type mentorSet struct {
	stamp                    string
	mentors                  []listedMentor
	languages, areas, cities []string // the filters' choices
}

// directoryRankingLimit bounds the viewers whose ranking stays in memory: about 25 KB each
// for 5,000 mentors. Past it the rankings are dropped and made again on the next visit.
const directoryRankingLimit = 1000

// directoryCache holds, per app, each directory's mentor set and each viewer's ranking of it.
// A set is read again when its programme's mentor applications change (their count or latest
// update), a ranking when the set, the programme (its criteria) or the viewer's application
// changes: so the score of every listed mentor is computed once per viewer and programme. A
// mentor who renames their account keeps their place in the name order and the text search
// until a mentor application of the programme changes; their cards show the new name at once.
type directoryCache struct {
	mu       sync.Mutex
	sets     map[string]*mentorSet
	rankings map[string]viewerRanking
}

// viewerRanking is one viewer's ranking of a mentor set.
type viewerRanking struct {
	order  []int32 // indexes into the set's mentors, best score first
	scores []uint8 // each mentor's score, by index
}

func cacheOf(app core.App) *directoryCache {
	return app.Store().GetOrSet("mentoring-directory-cache", func() any {
		return &directoryCache{sets: map[string]*mentorSet{}, rankings: map[string]viewerRanking{}}
	}).(*directoryCache)
}

// mentorStamp says whether a programme's mentor applications changed: any save moves their
// latest update, a deletion their count. One indexed query.
func mentorStamp(app core.App, programID string) (string, error) {
	var row struct {
		Count  int    `db:"n"`
		Latest string `db:"latest"`
	}
	err := app.DB().NewQuery(`SELECT COUNT(*) AS n, COALESCE(MAX(updated), '') AS latest FROM applications
		WHERE program = {:p} AND role = {:role}`).Bind(dbx.Params{"p": programID, "role": kernel.RoleMentor}).One(&row)
	return fmt.Sprintf("%d/%s", row.Count, row.Latest), err
}

// listedMentors is the programme's mentor set, read again only when stamp differs.
func (c *directoryCache) listedMentors(app core.App, programID, stamp string) (*mentorSet, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if set := c.sets[programID]; set != nil && set.stamp == stamp {
		return set, nil
	}
	records, err := app.FindRecordsByFilter(kernel.CollectionApplications,
		`program = {:program} && role = {:role} && status = {:status} && listed_in_directory = true`,
		"", 0, 0, dbx.Params{"program": programID, "role": kernel.RoleMentor, "status": kernel.ApplicationApproved})
	if err != nil {
		return nil, err
	}
	if errs := app.ExpandRecords(records, []string{"user"}, nil); len(errs) > 0 {
		return nil, errs["user"]
	}
	set := &mentorSet{stamp: stamp}
	for _, r := range records {
		user := r.ExpandedOne("user")
		if user == nil {
			continue
		}
		name := user.GetString("name")
		text := strings.ToLower(strings.Join([]string{name, r.GetString("organisation"), r.GetString("bio"),
			r.GetString("education"), r.GetString("city"), r.GetString("area")}, "\n"))
		set.mentors = append(set.mentors, listedMentor{id: r.Id, user: user.Id, name: name, profile: Profile(r), text: text})
	}
	slices.SortStableFunc(set.mentors, func(a, b listedMentor) int { return cmp.Compare(a.name, b.name) })
	set.choices()
	c.sets[programID] = set
	return set, nil
}

// ranking is the set's indexes, best score with the viewer's application first (by name
// among equals), and each mentor's score; computed once per viewer, set and criteria.
func (c *directoryCache) ranking(set *mentorSet, program, viewer *core.Record, criteria matching.Criteria) ([]int32, []uint8) {
	key := strings.Join([]string{set.stamp, program.Id, program.GetString("updated"), viewer.Id, viewer.GetString("updated")}, "|")
	c.mu.Lock()
	known, ok := c.rankings[key]
	c.mu.Unlock()
	if ok {
		return known.order, known.scores
	}
	// Scored outside the lock: other viewers' pages need not wait for this one's. Two
	// requests of the same viewer at once may both score; the answers are the same.
	profiles := make([]matching.Profile, len(set.mentors))
	for i, m := range set.mentors {
		profiles[i] = m.profile
	}
	scorer := matching.NewScorer(criteria, []matching.Profile{Profile(viewer)}, profiles)
	order, scores := make([]int32, len(set.mentors)), make([]uint8, len(set.mentors))
	for i := range set.mentors {
		// a failed must-have scores 0, as the explanation the page shows says
		order[i], scores[i] = int32(i), uint8(max(scorer.Score(0, i), 0))
	}
	// the set is sorted by name, so a stable sort by score keeps names in order among equals
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(scores[b], scores[a]) })
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.rankings) >= directoryRankingLimit {
		clear(c.rankings)
	}
	c.rankings[key] = viewerRanking{order, scores}
	return order, scores
}
