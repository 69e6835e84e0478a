package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestSettingsTagsHaveALabelPerLanguage: the coordinators relabel, add and remove the
// programme's own tags; nobody else reaches them, through the portal or the REST API.
func TestSettingsTagsHaveALabelPerLanguage(t *testing.T) {
	t.Parallel()
	page := "/coordinate/nordic/settings/tags"
	body := func(pairs ...[]string) *strings.Reader {
		v := []string{"csrf=" + csrf}
		for _, p := range pairs {
			v = append(v, p...)
		}
		return strings.NewReader(strings.Join(v, "&"))
	}
	fika := []string{"tag_id=" + wid("tagfika"), "tag_kind=skill", "tag_key=fika", "tag_en=Coffee+breaks", "tag_fr=Pauses+caf%C3%A9", "tag_sv=Fikapauser"}
	newTag := []string{"tag_id=", "tag_kind=interest", "tag_key=sailing", "tag_en=Sailing", "tag_fr=Voile", "tag_sv=Segling"}
	for _, v := range []struct {
		person    string
		get, post int
	}{{"coord", 200, 303}, {"othercoord", 404, 404}, {"marie", 404, 404}, {"visitor", 303, 303}} {
		headers, factory := as(seedSettings, v.person)
		(&tests.ApiScenario{Name: v.person + " opens the tags", Method: http.MethodGet, URL: page, Headers: headers,
			TestAppFactory: factory, ExpectedStatus: v.get,
			ExpectedContent:    notFor(v.person == "coord", `value="Fikapauser"`, `<code>fika</code>`),
			NotExpectedContent: notFor(v.person != "coord", "Fikapauser")}).Test(t)
		(&tests.ApiScenario{Name: v.person + " relabels and adds", Method: http.MethodPost, URL: page, Headers: headers,
			Body: body(fika, newTag), TestAppFactory: factory, ExpectedStatus: v.post, ExpectedContent: notFor(v.post == 404, "Page not found"),
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				fr := record(t, app, "tags", wid("tagfika")).GetString("label_fr")
				sailing, _ := app.FindFirstRecordByData("tags", "key", "sailing")
				if (fr == "Pauses café") != (v.person == "coord") || (sailing != nil) != (v.person == "coord") {
					t.Errorf("%s: fika in French %q, sailing %v", v.person, fr, sailing)
				}
			}}).Test(t)
	}
	headers, factory := as(seedSettings, "coord")
	(&tests.ApiScenario{Name: "removing a tag", Method: http.MethodPost, URL: page, Headers: headers,
		Body: body(fika, []string{"remove_" + wid("tagfika") + "=1"}), TestAppFactory: factory, ExpectedStatus: 303,
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if _, err := app.FindRecordById("tags", wid("tagfika")); err == nil {
				t.Error("the tag is still there")
			}
		}}).Test(t)
	(&tests.ApiScenario{Name: "a bad key and a tag without label", Method: http.MethodPost, URL: page, Headers: headers,
		Body: body(fika, []string{"tag_id=", "tag_kind=skill", "tag_key=Bad+Key", "tag_en=Bad", "tag_fr=", "tag_sv="},
			[]string{"tag_id=", "tag_kind=skill", "tag_key=nolabel", "tag_en=", "tag_fr=", "tag_sv="}),
		TestAppFactory: factory, ExpectedStatus: http.StatusUnprocessableEntity,
		ExpectedContent: []string{`id="e-key_2">Enter a key of lower-case letters`, `id="e-label_3">Give the tag a label`, `value="Bad Key"`, `value="nolabel"`},
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if n, _ := app.CountRecords("tags"); n != 1 {
				t.Errorf("%d tags after a refusal", n)
			}
		}}).Test(t)
	headers, factory = as(seedSettings, "marie", "Content-Type", "application/json")
	(&tests.ApiScenario{Name: "a participant cannot add a tag through the REST API", Method: http.MethodPost,
		URL: "/api/collections/tags/records", Headers: headers, TestAppFactory: factory,
		ExpectedStatus: 400, ExpectedContent: []string{`"status":400`},
		Body: strings.NewReader(`{"kind":"skill","key":"sneaky","label_en":"Sneaky","program":"` + programNamed(t, seedSettings(t), "nordic").Id + `"}`),
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if _, err := app.FindFirstRecordByData("tags", "key", "sneaky"); err == nil {
				t.Error("a participant added a tag")
			}
		}}).Test(t)
}
