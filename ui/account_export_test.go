package ui_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/workspace"
)

// personalExport is an unpacked personal-data ZIP: the records of each JSON file and the
// other files' names.
type personalExport struct {
	records map[string][]map[string]any
	files   []string
	text    string // every JSON file, for searching
}

func readExport(t testing.TB, data []byte) personalExport {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a ZIP (%d bytes): %v", len(data), err)
	}
	out := personalExport{records: map[string][]map[string]any{}}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		content, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		kind, isJSON := strings.CutSuffix(f.Name, ".json")
		if !isJSON {
			out.files = append(out.files, f.Name)
			continue
		}
		var records []map[string]any
		if err := json.Unmarshal(content, &records); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out.records[kind] = records
		out.text += string(content)
	}
	return out
}

// expectEveryKind checks that the export has a record of every kind but those left out, and
// both of sven's files.
func (x personalExport) expectEveryKind(t testing.TB, leftOut ...string) {
	t.Helper()
	for _, kind := range workspace.PersonalDataKinds {
		records, ok := x.records[kind]
		switch {
		case !ok:
			t.Errorf("no %s.json", kind)
		case slices.Contains(leftOut, kind) && len(records) > 0:
			t.Errorf("%s.json holds %d records, want none", kind, len(records))
		case !slices.Contains(leftOut, kind) && len(records) == 0:
			t.Errorf("%s.json is empty", kind)
		}
	}
	for _, prefix := range []string{"files/messages/", "files/roadbooks/"} {
		if !slices.ContainsFunc(x.files, func(f string) bool { return strings.HasPrefix(f, prefix) }) {
			t.Errorf("no file under %s in %v", prefix, x.files)
		}
	}
	for _, secret := range []string{`"password"`, `"tokenKey"`} {
		if strings.Contains(x.text, secret) {
			t.Errorf("the export holds %s", secret)
		}
	}
}

// A participant downloads a ZIP with a record of every kind and their files; a coordinator,
// on the person's request, gets the same without the private notes. Both are logged; other
// coordinators' applicants and visitors get nothing.
func TestPersonalDataIsExported(t *testing.T) {
	t.Parallel()
	sven, svenWorld := as(seedPrivacy, "sven")
	coord, coordWorld := as(seedPrivacy, "coord")
	other, otherWorld := as(seedPrivacy, "other")
	review := "/coordinate/alumni/applications/" + wid("appsven")
	scenarios := []tests.ApiScenario{
		{Name: "sven downloads his data", Method: http.MethodPost, URL: "/account/export", Body: form(true),
			Headers: sven, TestAppFactory: svenWorld, ExpectedStatus: http.StatusOK, ExpectedContent: []string{"PK"},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, res *http.Response) {
				body, _ := io.ReadAll(res.Body)
				x := readExport(t, body)
				x.expectEveryKind(t)
				if !strings.Contains(x.text, "Sven's private note") || !strings.Contains(x.text, "Marie's answer") {
					t.Error("the export lacks his note or the pair's messages")
				}
				expectLog(t, app, "export self ")
			}},
		{Name: "the coordinator downloads it on his request, without his notes", Method: http.MethodPost, URL: review + "/export",
			Body: form(true), Headers: coord, TestAppFactory: coordWorld, ExpectedStatus: http.StatusOK, ExpectedContent: []string{"PK"},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, res *http.Response) {
				body, _ := io.ReadAll(res.Body)
				readExport(t, body).expectEveryKind(t, "notes")
				expectLog(t, app, "export coordinator "+wid("coord"))
			}},
		{Name: "someone who does not coordinate the programme gets nothing", Method: http.MethodPost, URL: review + "/export",
			Body: form(true), Headers: other, TestAppFactory: otherWorld, ExpectedStatus: http.StatusNotFound,
			NotExpectedContent: []string{"PK"}},
	}
	for _, s := range scenarios {
		s.Test(t)
	}
}

// expectLog checks that the privacy log holds exactly want.
func expectLog(t testing.TB, app *tests.TestApp, want ...string) {
	t.Helper()
	if got := privacyLog(t, app); !slices.Equal(got, want) {
		t.Errorf("privacy log %q, want %q", got, want)
	}
}
