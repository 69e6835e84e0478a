package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

func TestAPlaceNamedLikeItsAreaIsShownOnce(t *testing.T) {
	t.Parallel()
	inMalmo := func(t testing.TB, w *matchingWorld) {
		w.apps["ada"].Set("city", "Malmö")
		w.apps["ada"].Set("area", "malmö ")
		if err := w.app.Save(w.apps["ada"]); err != nil {
			t.Fatal(err)
		}
	}
	visits := []struct {
		name, person, url string
		want, notWant     []string
	}{
		{name: "on the directory card", person: "mia", url: "/programs/open-mentors/mentors?q=acme",
			want: []string{"Ada Mentor", "</strong> Malmö</p>"}, notWant: []string{"Malmö, malmö"}},
		{name: "on the profile", person: "mia", url: "/programs/open-mentors/mentors/" + mwApp("ada"),
			want: []string{"<dd>Malmö</dd>"}, notWant: []string{"Malmö, malmö"}},
		{name: "on the coordinators' review, the area row is left out", person: "coord",
			url:     "/coordinate/open-mentors/applications/" + mwApp("ada"),
			want:    []string{"<dt>City</dt><dd class=\"prose\">Malmö</dd>"},
			notWant: []string{"<dt>Geographic area</dt>"}},
		{name: "a different area is still shown", person: "coord", url: "/coordinate/open-mentors/applications/" + mwApp("bo"),
			want: []string{"<dt>City</dt><dd class=\"prose\">Stockholm</dd>", "<dt>Geographic area</dt><dd class=\"prose\">Svealand</dd>"}},
	}
	for _, v := range visits {
		headers, factory := as(matching(inMalmo), v.person)
		scenario := tests.ApiScenario{
			Name: v.name, Method: http.MethodGet, URL: v.url, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: http.StatusOK, ExpectedContent: v.want, NotExpectedContent: v.notWant,
		}
		scenario.Test(t)
	}
}
