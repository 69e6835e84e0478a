package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestNotesAreTheirAuthorsAlone: a private note shows to its author only, on the portal and
// through the REST API; the partner and the coordinators get nothing, not even its existence.
func TestNotesAreTheirAuthorsAlone(t *testing.T) {
	t.Parallel()
	a := "/matches/" + wid("matcha")
	note := wid("notemarie")
	type visit struct {
		name, person, url string
		status            int
		want, notWant     []string
	}
	visits := []visit{
		{"the author reads her note", "marie", a + "/notes", 200, []string{"Marie private note", "Only you can read these notes"}, nil},
		{"the partner does not", "sven", a + "/notes", 200, []string{"Nouvelle note"}, []string{"Marie private note"}},
		{"the coordinator has no notes section", "coord", a + "/notes", 200, nil, []string{"Marie private note", `id="notes"`}},
		{"REST list: the author", "marie", "/api/collections/notes/records", 200, []string{`"totalItems":1`, "Marie private note"}, nil},
		{"REST list: the partner", "sven", "/api/collections/notes/records", 200, []string{`"totalItems":0`}, []string{"Marie private note"}},
		{"REST list: the coordinator", "coord", "/api/collections/notes/records", 200, []string{`"totalItems":0`}, []string{"Marie private note"}},
		{"REST view: the partner", "sven", "/api/collections/notes/records/" + note, 404, nil, []string{"Marie private note"}},
		{"REST view: the coordinator", "coord", "/api/collections/notes/records/" + note, 404, nil, []string{"Marie private note"}},
	}
	for _, v := range visits {
		headers, factory := as(seedWork, v.person)
		s := tests.ApiScenario{Name: v.name, Method: http.MethodGet, URL: v.url, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: v.status, ExpectedContent: append(v.want, "{"), NotExpectedContent: v.notWant}
		if !strings.HasPrefix(v.url, "/api/") {
			s.ExpectedContent = append(v.want, "<html lang=")
		}
		s.Test(t)
	}
}
