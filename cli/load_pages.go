package cli

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/mentorbase/mentorbase/kernel"
)

// loadTarget is one page the load command measures, requested as one role: each connection
// as one of the role's people (the connection's number modulo their count), at their own
// address of the page.
type loadTarget struct {
	label, role string
	visits      []loadVisit
}

// loadVisit is one person's address of a page.
type loadVisit struct {
	url    string
	person *loadRole
}

// missing stands for a link not found: the page answers 404 and the table shows the errors.
const missing = "missing"

// loadTargets signs in as the demo's coordinator and as up to people mentees and mentors,
// and lists every page of each role, with PocketBase's JSON list of the same records
// (labelled "api") beside the portal's pages.
func loadTargets(base string, people, connections int) ([]loadTarget, error) {
	visitor, err := signIn(base, "visitor", "", connections)
	if err != nil {
		return nil, err
	}
	coordinator, err := signIn(base, "coordinator", demoSignIns()["coordinator"], connections)
	if err != nil {
		return nil, err
	}
	participants, err := loadPeople(coordinator, people, connections)
	if err != nil {
		return nil, err
	}
	self, coordinated := demoPrograms[1].slug, demoPrograms[0].slug
	var targets []loadTarget
	// each adds a page requested by each of people at path(person), leaving out those it finds
	// no link for (unless it finds none).
	each := func(people []*loadRole, label string, path func(*loadRole) string) {
		t := loadTarget{label: label, role: people[0].name}
		for _, p := range people {
			if u := path(p); !strings.Contains(u, missing) {
				t.visits = append(t.visits, loadVisit{base + u, p})
			}
		}
		if len(t.visits) == 0 {
			t.visits = []loadVisit{{base + path(people[0]), people[0]}}
		}
		targets = append(targets, t)
	}
	fixed := func(path string) func(*loadRole) string { return func(*loadRole) string { return path } }
	one := []*loadRole{visitor}
	for _, path := range []string{"/", "/programs/" + self, "/guide", "/guide/how-it-works", "/login"} {
		each(one, path, fixed(path))
	}
	each(one, "api programs", fixed("/api/collections/programs/records"))

	mentees, mentors := participants[kernel.RoleMentee], participants[kernel.RoleMentor]
	directory := "/programs/" + self + "/mentors"
	first, _ := mentees[0].page(directory)
	skill := find(first, `name="skill">\s*<option value="">[^<]*</option>\s*<option value="([a-z0-9]{15})"`)
	each(mentees, "/me", fixed("/me"))
	each(mentees, "directory", fixed(directory))
	each(mentees, "directory page 3", fixed(directory+"?page=3"))
	each(mentees, "directory, skill and language", fixed(directory+"?skill="+skill+"&language=en"))
	each(mentees, "mentor's profile", func(p *loadRole) string {
		page, _ := p.page(directory)
		return directory + "/" + find(page, `/programs/`+self+`/mentors/([a-z0-9]{15})`)
	})
	listed := "/api/collections/applications/records?perPage=20&filter=" +
		url.QueryEscape(fmt.Sprintf("role='%s' && listed_in_directory=true", kernel.RoleMentor))
	each(mentees, "api listed mentors", fixed(listed))
	each(mentees, "api listed mentors, no total", fixed(listed+"&skipTotal=1")) // as for the coordinator's lists below
	pair := func(part string) func(*loadRole) string {
		return func(p *loadRole) string { return "/matches/" + find(p.me, pairLink) + part }
	}
	for _, part := range []string{"", "/messages", "/goals", "/notes", "/evaluations"} {
		each(mentees, "match"+part, pair(part))
	}
	each(mentees, "api messages", func(p *loadRole) string {
		return "/api/collections/messages/records?perPage=50&filter=" + url.QueryEscape("match='"+find(p.me, pairLink)+"'")
	})
	each(mentees, "/account", fixed("/account"))
	each(mentees, "/help", fixed("/help"))

	each(mentors, "/me", fixed("/me"))
	each(mentors, "match", pair(""))
	each(mentors, "invitation", func(p *loadRole) string { return "/invitations/" + find(p.me, `/invitations/([a-z0-9]{15})`) })

	// The demo has one coordinator.
	one = []*loadRole{coordinator}
	each(one, "/coordinate", fixed("/coordinate"))
	for _, part := range []string{"applications", "pairs", "report", "events", "support", "settings"} {
		each(one, part, fixed("/coordinate/"+self+"/"+part))
	}
	each(one, "matching console", fixed("/coordinate/"+coordinated+"/matching"))
	each(one, "api applications", fixed("/api/collections/applications/records?perPage=50"))
	each(one, "api pairs", fixed("/api/collections/matches/records?perPage=50"))
	// The same lists without their total, which PocketBase counts by checking the API rule
	// on every record of the collection: what a client that pages without totals pays.
	each(one, "api applications, no total", fixed("/api/collections/applications/records?perPage=50&skipTotal=1"))
	each(one, "api pairs, no total", fixed("/api/collections/matches/records?perPage=50&skipTotal=1"))
	return targets, nil
}

// find is the first group of pattern in html, or missing.
func find(html, pattern string) string {
	if m := regexp.MustCompile(pattern).FindStringSubmatch(html); m != nil {
		return m[1]
	}
	return missing
}
