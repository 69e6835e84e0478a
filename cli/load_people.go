package cli

import (
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"strings"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// loadRole is a signed-in browser: its cookies, the address of the portal, and the person's
// /me page once they are a participant.
type loadRole struct {
	name, base, me string
	client         *http.Client
}

// pairLink finds a participant's pair on their /me page.
const pairLink = `/matches/([a-z0-9]{15})`

// loadPeople signs in up to n mentees and n mentors of the self-service programme: the demo's
// own first (they hold the demo's invitation), then approved applicants of the programme's
// applications export (the coordinator downloads it: the addresses of `demo --scale` people
// hold their random ids) who have a pair, so that every one has a pair page of their own.
func loadPeople(coordinator *loadRole, n, connections int) (map[string][]*loadRole, error) {
	accounts := demoSignIns()
	candidates, err := participants(coordinator, n*4)
	if err != nil {
		return nil, err
	}
	people := map[string][]*loadRole{}
	for _, role := range []string{kernel.RoleMentee, kernel.RoleMentor} {
		demo, err := signIn(coordinator.base, role, accounts[role], connections)
		if err != nil {
			return nil, err
		}
		people[role] = []*loadRole{demo}
		for _, email := range candidates[role] {
			if len(people[role]) >= n {
				break
			}
			if email == accounts[role] {
				continue
			}
			p, err := signIn(coordinator.base, role, email, connections)
			if err == nil && find(p.me, pairLink) != "" {
				people[role] = append(people[role], p)
			}
		}
		fmt.Fprintf(os.Stderr, "%d %ss signed in\n", len(people[role]), role)
	}
	return people, nil
}

// participants are up to limit addresses per role of the self-service programme's approved
// applicants, read from its applications export: id, name, e-mail, role and status are its
// first columns (workspace/export_tables.go), the role and status in the coordinator's
// language (exportWords).
func participants(coordinator *loadRole, limit int) (map[string][]string, error) {
	export, err := coordinator.page("/coordinate/" + demoPrograms[1].slug + "/export/applications.csv")
	if err != nil {
		return nil, err
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(export, "\ufeff"))).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("the applications export: %w", err)
	}
	approved, roles := exportWords()
	found := map[string][]string{}
	for _, row := range rows[min(1, len(rows)):] {
		if len(row) <= 4 || !approved[row[4]] {
			continue
		}
		if role := roles[row[3]]; role != "" && len(found[role]) < limit {
			found[role] = append(found[role], row[2])
		}
	}
	return found, nil
}

// exportWords are the applications export's "approved" status and its roles (word → role) as
// the portal writes them (the labels the export itself reads), in every language a
// coordinator may read it in.
func exportWords() (approved map[string]bool, roles map[string]string) {
	approved, roles = map[string]bool{}, map[string]string{}
	for _, lang := range i18n.Locales {
		approved[messages.Catalog.T(lang, workspace.ApplicationStatusKeys[kernel.ApplicationApproved])] = true
		for role, key := range workspace.RoleKeys {
			roles[messages.Catalog.T(lang, key)] = role
		}
	}
	return approved, roles
}

// signIn opens a browser of its own for a role and, but for the visitor, signs in through the
// portal's form with the demo's password, as a person would, and reads their /me page.
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
	if role != "coordinator" {
		r.me, err = r.page("/me")
	}
	return r, err
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
