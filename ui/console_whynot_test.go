package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// mwStable makes the coordinated programme's objective the stable pairing.
func mwStable(t testing.TB, w *matchingWorld) {
	w.paired.Set("matching_objective", "stable")
	if err := w.app.Save(w.paired); err != nil {
		t.Fatal(err)
	}
}

// mwExcluded stores the coordinators' exclusion of mentee with mentor.
func mwExcluded(mentee, mentor string) func(testing.TB, *matchingWorld) {
	return func(t testing.TB, w *matchingWorld) {
		mwDraft(mentee, mentor)(t, w)
		m, err := w.app.FindRecordById("matches", mwDraftID(mentee, mentor))
		if err != nil {
			t.Fatal(err)
		}
		m.Set("excluded", true)
		if err := w.app.Save(m); err != nil {
			t.Fatal(err)
		}
	}
}

// The preview of a pair by hand says what it costs the proposal: the counts before and after
// and who loses or changes mentor (mwTradeOff's scores).
func TestConsoleAssignPreviewSaysWhatThePairCosts(t *testing.T) {
	t.Parallel()
	preview := func(mentee, mentor string) string {
		return console + "/assign?mentee=" + mwApp(mentee) + "&mentor=" + mwApp(mentor)
	}
	scenarios := []struct {
		name, url string
		prepare   []func(testing.TB, *matchingWorld)
		want      []string
	}{
		{"Nina with Lena moves Omar to Max", preview("nina", "lena"), nil,
			[]string{`id="console-why-not"`, "Highest total", `id="why-not-matched">2 → 2<`, `id="why-not-total">133 → 117 (−16)<`,
				`id="why-not-lowest">33 → 17<`, "Change mentor: Omar Open (Lena Lead → Max Money)"}},
		{"under the stable objective, Omar with Lena moves Nina", preview("omar", "lena"), []func(testing.TB, *matchingWorld){mwStable},
			[]string{"Stable", `id="why-not-total">117 → 133 (&#43;16)<`, "Change mentor: Nina Novice (Lena Lead → Max Money)"}},
		{"Omar loses his mentor when Max is excluded for him", preview("nina", "lena"), []func(testing.TB, *matchingWorld){mwExcluded("omar", "max")},
			[]string{`id="why-not-matched">2 → 1<`, "Lose their mentor: Omar Open"}},
		{"the pair the proposal already has changes nothing", preview("omar", "lena"), nil,
			[]string{`id="why-not-total">133 → 133 (±0)<`, "Nobody else loses or changes mentor."}},
		{"in French", preview("nina", "lena"), []func(testing.TB, *matchingWorld){mwSpeaks("fr")},
			[]string{"Ce que change ce binôme", "Changent de mentor : Omar Open (Lena Lead → Max Money)"}},
		{"in Swedish", preview("nina", "lena"), []func(testing.TB, *matchingWorld){mwSpeaks("sv")},
			[]string{"Vad det här paret ändrar", "Byter mentor: Omar Open (Lena Lead → Max Money)"}},
	}
	for _, s := range scenarios {
		headers, factory := as(matching(append([]func(testing.TB, *matchingWorld){mwTradeOff}, s.prepare...)...), "coord")
		(&tests.ApiScenario{Name: s.name, Method: http.MethodGet, URL: s.url, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: 200, ExpectedContent: s.want}).Test(t)
	}
}

// mwSpeaks makes the coordinator read the portal in locale.
func mwSpeaks(locale string) func(testing.TB, *matchingWorld) {
	return func(t testing.TB, w *matchingWorld) {
		w.people["coord"].Set("locale", locale)
		if err := w.app.Save(w.people["coord"]); err != nil {
			t.Fatal(err)
		}
	}
}

// The proposal a preview compares with is solved once and kept, but an exclusion made through
// the REST API shows in the next preview.
func TestConsoleAssignPreviewFollowsTheRestAPI(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	mwTradeOff(t, w)
	mwDraft("omar", "max")(t, w)
	handler := newHandler(t, w.app)
	coord := invitationBrowser(t, w, "coord")
	preview := console + "/assign?mentee=" + mwApp("nina") + "&mentor=" + mwApp("lena")
	mustShow(t, handler, preview, coord, 200, []string{`id="why-not-matched">2 → 2<`, "Change mentor: Omar Open"}, nil)
	mustShow(t, handler, preview, coord, 200, []string{`id="why-not-matched">2 → 2<`}, nil)
	token, err := w.people["coord"].NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	res := do(handler, http.MethodPatch, "/api/collections/matches/records/"+mwDraftID("omar", "max"), strings.NewReader(`{"excluded":true}`),
		map[string]string{"Content-Type": "application/json", "Authorization": token})
	if res.Code != http.StatusOK {
		t.Fatalf("excluding through the REST API: %d %s", res.Code, res.Body)
	}
	mustShow(t, handler, preview, coord, 200, []string{`id="why-not-matched">2 → 1<`, "Lose their mentor: Omar Open"}, nil)
}
