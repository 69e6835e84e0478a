package mentoring

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/kernel"
)

// listedMentor is what the directory keeps in memory of one listed mentor: their
// application as read (a page shows its twenty from here, without reading them again), and
// what ranking, counting and searching need.
type listedMentor struct {
	id, user, name string
	application    *core.Record // shared by every page: read, never changed
	profile        matching.Profile
	text           string // name, organisation, bio, education, city and area, lower-cased
}

// mentorSet is a programme's listed mentors by name, as they were when it was read.
type mentorSet struct {
	serial                   uint64 // unique to this read: keys the rankings made of it
	stamp                    string // mentorStamp when read
	checked                  time.Time
	mentors                  []listedMentor
	byID, byUser             map[string]int32 // application id, mentor's user id → index in mentors
	languages, areas, cities []string         // the filters' choices
	bySkill, byLanguage      map[string]bits  // the mentors offering a skill, speaking a language
}

// directoryRankingLimit bounds the viewers whose ranking stays in memory: about 20 KB each
// for 5,000 mentors. Past it the rankings are dropped and made again on the next visit.
const directoryRankingLimit = 1000

// directoryRecheck is how long a mentor set is used without asking the database whether its
// mentors changed. Every change made through the app (portal, REST API, dashboard) forgets
// the set at once (ForgetDirectory, bound in pb_hooks); the check catches rows written by
// another process on the same database (an import run beside the server).
const directoryRecheck = 30 * time.Second

// directoryCache holds, per app, each directory's mentor set and each viewer's ranking of it.
// A set is read again when a mentor application of its programme or a listed mentor's name
// changes, a ranking when the set, the programme (its criteria) or the viewer's application
// changes: so the score of every listed mentor is computed once per viewer and programme.
// Sets are read and forgotten under mu, so a change committed while a set is being read
// forgets that set once it is stored.
type directoryCache struct {
	mu       sync.Mutex
	serial   uint64
	sets     map[string]*mentorSet
	rankings map[string]*viewerRanking
}

// viewerRanking is one viewer's ranking of a mentor set: the set's indexes, best score
// first, once done is closed (nil if the scoring failed).
type viewerRanking struct {
	done  chan struct{}
	order []int32
}

func cacheOf(app core.App) *directoryCache {
	return app.Store().GetOrSet("mentoring-directory-cache", func() any {
		return &directoryCache{sets: map[string]*mentorSet{}, rankings: map[string]*viewerRanking{}}
	}).(*directoryCache)
}

// ForgetDirectory drops programID's mentor set: one of its mentor applications was created,
// changed or deleted. The next directory page reads the set again.
func ForgetDirectory(app core.App, programID string) {
	c := cacheOf(app)
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.sets, programID)
}

// ForgetRenamed drops the mentor sets that list userID under another name than name: the
// sets hold listed mentors' names (their cards, the order by name, the text search).
func ForgetRenamed(app core.App, userID, name string) {
	c := cacheOf(app)
	c.mu.Lock()
	defer c.mu.Unlock()
	for programID, set := range c.sets {
		if i, listed := set.byUser[userID]; listed && set.mentors[i].name != name {
			delete(c.sets, programID)
		}
	}
}

// ForgetDirectories drops every programme's mentor set: a person was deleted.
func ForgetDirectories(app core.App) {
	c := cacheOf(app)
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.sets)
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

// listedMentors is the programme's mentor set, read again when it was forgotten, or when
// its stamp, asked once per directoryRecheck, moved.
func (c *directoryCache) listedMentors(app core.App, programID string) (*mentorSet, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	set := c.sets[programID]
	if set != nil && time.Since(set.checked) < directoryRecheck {
		return set, nil
	}
	stamp, err := mentorStamp(app, programID)
	if err != nil {
		return nil, err
	}
	if set != nil && set.stamp == stamp {
		set.checked = time.Now()
		return set, nil
	}
	set, err = readMentorSet(app, programID)
	if err != nil {
		return nil, err
	}
	c.serial++
	set.serial, set.stamp, set.checked = c.serial, stamp, time.Now()
	c.sets[programID] = set
	return set, nil
}

// readMentorSet reads the programme's approved, listed mentors with their names, sorted by
// name.
func readMentorSet(app core.App, programID string) (*mentorSet, error) {
	records, err := app.FindRecordsByFilter(kernel.CollectionApplications,
		`program = {:program} && role = {:role} && status = {:status} && listed_in_directory = true`,
		"", 0, 0, dbx.Params{"program": programID, "role": kernel.RoleMentor, "status": kernel.ApplicationApproved})
	if err != nil {
		return nil, err
	}
	if errs := app.ExpandRecords(records, []string{"user"}, nil); len(errs) > 0 {
		return nil, errs["user"]
	}
	set := &mentorSet{byID: make(map[string]int32, len(records)), byUser: make(map[string]int32, len(records))}
	for _, r := range records {
		user := r.ExpandedOne("user")
		if user == nil {
			continue
		}
		r.SetExpand(nil) // the name is kept; the user record need not be
		name := user.GetString("name")
		text := strings.ToLower(strings.Join([]string{name, r.GetString("organisation"), r.GetString("bio"),
			r.GetString("education"), r.GetString("city"), r.GetString("area")}, "\n"))
		set.mentors = append(set.mentors, listedMentor{id: r.Id, user: user.Id, name: name, application: r,
			profile: Profile(r), text: text})
	}
	slices.SortStableFunc(set.mentors, func(a, b listedMentor) int { return cmp.Compare(a.name, b.name) })
	for i, m := range set.mentors {
		set.byID[m.id], set.byUser[m.user] = int32(i), int32(i)
	}
	set.index()
	return set, nil
}

// ranking is the set's indexes, best score with the viewer's application first (by name
// among equals); computed once per viewer, set and criteria. Scored outside the lock, so
// other viewers' pages need not wait for this one's; the same viewer's other requests wait
// for it rather than score again (64 requests scoring 4,400 mentors at once each held their
// own copy of the profiles). nil when the scoring failed: the page is then in name order.
func (c *directoryCache) ranking(set *mentorSet, program, viewer *core.Record, criteria matching.Criteria) []int32 {
	key := strings.Join([]string{fmt.Sprint(set.serial), program.Id, program.GetString("updated"), viewer.Id, viewer.GetString("updated")}, "|")
	c.mu.Lock()
	r, known := c.rankings[key]
	if !known {
		if len(c.rankings) >= directoryRankingLimit {
			clear(c.rankings)
		}
		r = &viewerRanking{done: make(chan struct{})}
		c.rankings[key] = r
	}
	c.mu.Unlock()
	if known {
		<-r.done
		return r.order
	}
	defer func() {
		if r.order == nil { // the scoring panicked: the next page tries again
			c.mu.Lock()
			delete(c.rankings, key)
			c.mu.Unlock()
		}
		close(r.done)
	}()
	r.order = rank(set, viewer, criteria)
	return r.order
}

// rank is the set's indexes, best score with viewer first, by name among equals.
func rank(set *mentorSet, viewer *core.Record, criteria matching.Criteria) []int32 {
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
	return order
}
