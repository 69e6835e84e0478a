package cli

import (
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"

	"github.com/mentorbase/mentorbase/kernel"
)

// loadTarget is one page the load command measures, requested as one role.
type loadTarget struct {
	label, role, url string
	client           *http.Client
}

// loadRole is a signed-in browser: its cookies, and the address of the portal.
type loadRole struct {
	name, base string
	client     *http.Client
}

// loadTargets signs in as the demo's people and lists every page of each role, with
// PocketBase's JSON list of the same records (labelled "api") beside the portal's pages.
func loadTargets(base string, connections int) ([]loadTarget, error) {
	accounts := demoSignIns()
	visitor, err := signIn(base, "visitor", "", connections)
	if err != nil {
		return nil, err
	}
	roles := map[string]*loadRole{}
	for _, role := range []string{"mentee", "mentor", "coordinator"} {
		if roles[role], err = signIn(base, role, accounts[role], connections); err != nil {
			return nil, err
		}
	}
	self, coordinated := demoPrograms[1].slug, demoPrograms[0].slug
	var targets []loadTarget
	add := func(r *loadRole, label, path string) {
		targets = append(targets, loadTarget{label, r.name, base + path, r.client})
	}
	for _, path := range []string{"/", "/programs/" + self, "/guide", "/guide/how-it-works", "/login"} {
		add(visitor, path, path)
	}
	add(visitor, "api programs", "/api/collections/programs/records")

	mentee := roles["mentee"]
	me, _ := mentee.page("/me")
	match := find(me, `/matches/([a-z0-9]{15})`)
	directory, _ := mentee.page("/programs/" + self + "/mentors")
	profile := find(directory, `/programs/`+self+`/mentors/([a-z0-9]{15})`)
	skill := find(directory, `name="skill">\s*<option value="">[^<]*</option>\s*<option value="([a-z0-9]{15})"`)
	add(mentee, "/me", "/me")
	add(mentee, "directory", "/programs/"+self+"/mentors")
	add(mentee, "directory page 3", "/programs/"+self+"/mentors?page=3")
	add(mentee, "directory, skill and language", "/programs/"+self+"/mentors?skill="+skill+"&language=en")
	add(mentee, "mentor's profile", "/programs/"+self+"/mentors/"+profile)
	listed := "/api/collections/applications/records?perPage=20&filter=" +
		url.QueryEscape(fmt.Sprintf("role='%s' && listed_in_directory=true", kernel.RoleMentor))
	add(mentee, "api listed mentors", listed)
	add(mentee, "api listed mentors, no total", listed+"&skipTotal=1") // as for the coordinator's lists below
	for _, part := range []string{"", "/messages", "/goals", "/notes", "/evaluations"} {
		add(mentee, "match"+part, "/matches/"+match+part)
	}
	add(mentee, "api messages", "/api/collections/messages/records?perPage=50&filter="+url.QueryEscape("match='"+match+"'"))
	add(mentee, "/account", "/account")
	add(mentee, "/help", "/help")

	mentor := roles["mentor"]
	me, _ = mentor.page("/me")
	add(mentor, "/me", "/me")
	add(mentor, "match", "/matches/"+find(me, `/matches/([a-z0-9]{15})`))
	add(mentor, "invitation", "/invitations/"+find(me, `/invitations/([a-z0-9]{15})`))

	coordinator := roles["coordinator"]
	add(coordinator, "/coordinate", "/coordinate")
	for _, part := range []string{"applications", "pairs", "report", "events", "support", "settings"} {
		add(coordinator, part, "/coordinate/"+self+"/"+part)
	}
	add(coordinator, "matching console", "/coordinate/"+coordinated+"/matching")
	add(coordinator, "api applications", "/api/collections/applications/records?perPage=50")
	add(coordinator, "api pairs", "/api/collections/matches/records?perPage=50")
	// The same lists without their total, which PocketBase counts by checking the API rule
	// on every record of the collection: what a client that pages without totals pays.
	add(coordinator, "api applications, no total", "/api/collections/applications/records?perPage=50&skipTotal=1")
	add(coordinator, "api pairs, no total", "/api/collections/matches/records?perPage=50&skipTotal=1")
	return targets, nil
}

// signIn opens a browser of its own for a role and, but for the visitor, signs in through the
// portal's form with the demo's password, as a person would.
func signIn(base, role, email string, connections int) (*loadRole, error) {
	jar, _ := cookiejar.New(nil)
	client := &http.Client{
		Jar:       jar,
		Transport: &http.Transport{MaxIdleConnsPerHost: connections, DisableCompression: true},
		// A redirect is an answer to measure (a signed-out page sends to /login), not to follow.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	r := &loadRole{name: role, base: base, client: client}
	if email == "" {
		return r, nil
	}
	if _, err := r.page("/login"); err != nil {
		return nil, err
	}
	u, _ := url.Parse(base)
	token := ""
	for _, c := range jar.Cookies(u) {
		if c.Name == "mb_csrf" {
			token = c.Value
		}
	}
	res, err := client.PostForm(base+"/login", url.Values{"csrf": {token}, "email": {email}, "password": {demoPassword}})
	if err != nil {
		return nil, err
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther {
		return nil, fmt.Errorf("signing in as %s (%s): %s; load the demo into this server first", role, email, res.Status)
	}
	return r, nil
}

// page fetches one page's HTML, to find the links of the pages to measure.
func (r *loadRole) page(path string) (string, error) {
	res, err := r.client.Get(r.base + path)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	return string(body), err
}

// find is the first group of pattern in html, or "missing" so that the page answers 404 and
// the table shows the errors.
func find(html, pattern string) string {
	if m := regexp.MustCompile(pattern).FindStringSubmatch(html); m != nil {
		return m[1]
	}
	return "missing"
}

// demoSignIns are the demo's coordinator and the first approved mentor and mentee of its
// self-service programme, the people the demo prints: its people are generated the same way
// every time.
func demoSignIns() map[string]string {
	taken := map[string]bool{demoCoordinatorEmail: true}
	accounts := map[string]string{"coordinator": demoCoordinatorEmail}
	for i, p := range demoPrograms {
		for _, person := range demoPeople(p, taken) {
			if i == 1 && person.status == kernel.ApplicationApproved && accounts[person.role] == "" {
				accounts[person.role] = person.email
			}
		}
	}
	return accounts
}
