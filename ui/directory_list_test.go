package ui_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// mwInOrder fails unless each string appears in the body after the one before it.
func mwInOrder(items ...string) func(testing.TB, *tests.TestApp, *http.Response) {
	return func(t testing.TB, _ *tests.TestApp, res *http.Response) {
		body, _ := io.ReadAll(res.Body)
		at := 0
		for _, item := range items {
			k := strings.Index(string(body[at:]), item)
			if k < 0 {
				t.Fatalf("%q missing or out of order (want %q)", item, items)
			}
			at += k + len(item)
		}
	}
}

func TestDirectoryShowsListedMentorsToApprovedMentees(t *testing.T) {
	t.Parallel()
	type visit struct {
		name, person, url string
		status            int
		want, notWant     []string
		order             []string
	}
	hidden := []string{"Cy Hidden", "Eve Waiting", "Lena Lead", "ada@example.org", mwPhone("ada"), "bo@example.org", mwPhone("bo")}
	visits := []visit{
		{name: "approved mentee sees listed mentors best first, in French, without contact details",
			person: "mia", url: "/programs/open-mentors/mentors", status: 200,
			want:    []string{`<html lang="fr">`, `Les mentors de <span lang="en">Open Mentors</span>`, "Acme Robotics", "Nordbank", "Leadership (fr)", "Technologie", "Nord", "Langue commune", "Français", "Plus de place", `hx-trigger="change, keyup changed delay:300ms"`, `hx-select="#directory-results"`},
			notWant: hidden, order: []string{"Ada Mentor", "Dee Full", "Bo Banker"}},
		{name: "two filters together narrow the list", person: "mia", status: 200,
			url:     "/programs/open-mentors/mentors?language=fr&mode=video",
			want:    []string{"Ada Mentor", "Dee Full", "Mentors trouvés : 2", `<option value="fr" selected>`},
			notWant: []string{"Bo Banker"}},
		{name: "a filter and the text search", person: "mia", status: 200,
			url:  "/programs/open-mentors/mentors?area=Nord&q=acme",
			want: []string{"Ada Mentor", "Mentors trouvés : 1"}, notWant: []string{"Dee Full", "Bo Banker"}},
		{name: "a full mentor is marked and cannot be invited from the list", person: "mia", status: 200,
			url:  "/programs/open-mentors/mentors?q=dee",
			want: []string{"Plus de place", `<button type="button" class="invite-button" disabled>`}},
		{name: "a page past the last says so and links the last page, not to remove a filter", person: "mia", status: 200,
			url:     "/programs/open-mentors/mentors?page=99",
			want:    []string{"Mentors trouvés : 3", "Cette page se trouve après la dernière.", "Aller à la dernière page (1)"},
			notWant: []string{"Ada Mentor"}},
		{name: "a visitor is asked to sign in", person: "visitor", url: "/programs/open-mentors/mentors", status: 403,
			want: []string{"Sign in to see the mentors", `href="/login?next=%2Fprograms%2Fopen-mentors%2Fmentors"`}, notWant: []string{"Ada Mentor"}},
		{name: "a mentee waiting for approval is told to wait", person: "pat", url: "/programs/open-mentors/mentors", status: 403,
			want: []string{"has not been approved yet"}, notWant: []string{"Ada Mentor"}},
		{name: "someone who has not applied is told to apply", person: "otto", url: "/programs/open-mentors/mentors", status: 403,
			want: []string{"Apply as a mentee first", `href="/programs/open-mentors"`}, notWant: []string{"Ada Mentor"}},
		{name: "a mentor of the programme is told the directory is for mentees", person: "bo", url: "/programs/open-mentors/mentors", status: 403,
			want: []string{"The directory is for mentees"}},
		{name: "a coordinated programme has no directory", person: "nina", url: "/programs/paired-up/mentors", status: 404,
			want: []string{"Sidan hittades inte"}},
		{name: "the profile shows the public part and the score explanation", person: "mia", status: 200,
			url:     "/programs/open-mentors/mentors/" + mwApp("ada"),
			want:    []string{"<h1>Ada Mentor</h1>", "Twenty years of building teams.", "Evenings", "Ingénieur", "Visioconférence", "Pourquoi ce score", `id="invite-submit"`, `name="message"`},
			notWant: []string{"ada@example.org", mwPhone("ada"), "directory-has-mentor", "your-mentor"}},
		{name: "a full mentor's invite button is disabled", person: "mia", status: 200,
			url:  "/programs/open-mentors/mentors/" + mwApp("dee"),
			want: []string{`id="invite-full"`, `<button id="invite-submit" type="submit" disabled>`}},
		{name: "a mentee with a mentor is told so at the top, with no invite buttons", person: "fay", status: 200,
			url:     "/programs/open-mentors/mentors",
			want:    []string{`id="directory-has-mentor"`, "You already have a mentor in this programme", `href="/matches/`, "Ada Mentor", "Your mentor"},
			notWant: []string{"invite-button", "#invite-heading", "then invite the mentor you choose"}},
		{name: "a mentee's own mentor's profile says so, with no seat notice or invite form", person: "fay", status: 200,
			url:     "/programs/open-mentors/mentors/" + mwApp("dee"),
			want:    []string{`id="your-mentor"`, "This is your mentor.", `href="/matches/`},
			notWant: []string{`id="invite-full"`, "Choose another mentor", `id="invite-form"`, `name="message"`}},
		{name: "a mentee with a mentor sees another mentor's profile without an invite form", person: "fay", status: 200,
			url:     "/programs/open-mentors/mentors/" + mwApp("ada"),
			want:    []string{"<h1>Ada Mentor</h1>", `id="directory-has-mentor"`, "You already have a mentor in this programme"},
			notWant: []string{`id="invite-form"`, `id="your-mentor"`}},
		{name: "an unlisted mentor's profile does not exist", person: "mia", status: 404,
			url: "/programs/open-mentors/mentors/" + mwApp("cy"), want: []string{"Page introuvable"}, notWant: []string{"Cy Hidden"}},
	}
	for _, v := range visits {
		headers, factory := as(matching(), v.person)
		scenario := tests.ApiScenario{
			Name: v.name, Method: http.MethodGet, URL: v.url, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: v.status, ExpectedContent: v.want, NotExpectedContent: v.notWant,
		}
		if v.order != nil {
			scenario.AfterTestFunc = mwInOrder(v.order...)
		}
		scenario.Test(t)
	}
}
