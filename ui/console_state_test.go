package ui_test

import (
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
)

// After a hand assignment drops a mentee whose suitable mentor still has a seat, the console
// says so instead of calling that seat taken.
func TestConsoleNeverCallsAFreeSeatTaken(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	handler := newHandler(t, w.app)
	coord := invitationBrowser(t, w, "coord")
	mustPost(t, handler, console+"/run", coord)
	nina, err := w.app.FindFirstRecordByData("matches", "mentee", mwApp("nina"))
	if err != nil {
		t.Fatal(err)
	}
	// Omar takes Lena's seat from Nina: Max's seat (Omar's before) is free and Nina may have it.
	mustPost(t, handler, console+"/assign", coord, "mentee", mwApp("omar"), "mentor", mwApp("lena"), "drop", nina.Id)
	mustShow(t, handler, console, coord, 200,
		[]string{`id="console-unmatched"`, "<strong>Nina Novice</strong> — a suitable mentor still has a free seat"},
		[]string{"seats of the suitable mentors are taken"})
}

// A mentee whose suitable mentor's seat went by hand to a pair with a lower score is not told
// that the seats are taken by pairs with better scores: in every language the reason names the
// lower-scored pair the proposal keeps.
func TestConsoleSaysASeatIsHeldByALowerScoredPair(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, want, wrong string }{
		{"en", "a suitable mentor&#39;s seat is held by a pair with a lower score", "pairs with better scores"},
		{"fr", "la place d&#39;un mentor qui convient est tenue par un binôme au score plus bas", "binômes au meilleur score"},
		{"sv", "en lämplig mentors plats hålls av ett par med lägre poäng", "par med bättre poäng"},
	} {
		w := seedMatching(t)
		mwSpeaks(c.locale)(t, w)
		max := w.apps["max"] // Swedish only: Nina (French) may have Lena alone
		max.Set("languages", []string{"sv"})
		if err := w.app.Save(max); err != nil {
			t.Fatal(err)
		}
		handler := newHandler(t, w.app)
		coord := invitationBrowser(t, w, "coord")
		mustPost(t, handler, console+"/run", coord)
		nina, err := w.app.FindFirstRecordByData("matches", "mentee", mwApp("nina"))
		if err != nil {
			t.Fatal(err)
		}
		// Omar (a weaker fit for Lena than Nina) takes her seat by hand; Max's seat is free but
		// not Nina's to take.
		mustPost(t, handler, console+"/assign", coord, "mentee", mwApp("omar"), "mentor", mwApp("lena"), "drop", nina.Id)
		mustShow(t, handler, console, coord, 200, []string{"<strong>Nina Novice</strong> — " + c.want}, []string{c.wrong})
	}
}

// Once published, the proposal is empty: an excluded pair is listed with the exclusions, not
// as a proposed pair beside "There is no proposed pair to publish", and in the coordinator's
// language the console says the proposal went out and what computing again does, not that
// there is no proposal yet.
func TestConsoleAfterPublishingShowsNoStaleProposal(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	handler := newHandler(t, w.app)
	coord := invitationBrowser(t, w, "coord")
	mustPost(t, handler, console+"/run", coord)
	omar, err := w.app.FindFirstRecordByData("matches", "mentee", mwApp("omar"))
	if err != nil {
		t.Fatal(err)
	}
	mustPost(t, handler, console+"/pairs/"+omar.Id+"/exclude", coord)
	mustPost(t, handler, console+"/publish", coord, "confirm", "yes")
	body := mustShow(t, handler, console, coord, 200,
		[]string{`id="console-drafts-published"`, `id="console-excluded"`, "There is no proposed pair to publish"},
		[]string{`id="console-drafts"`, `id="console-no-drafts"`, "No proposal yet"})
	excluded := strings.Index(body, `id="console-excluded"`)
	if row := strings.Index(body, `id="pair-`+omar.Id+`"`); row < 0 || row < excluded || strings.Count(body, `id="pair-`+omar.Id+`"`) != 1 {
		t.Errorf("the excluded pair is not listed once, with the exclusions")
	}
	for locale, want := range map[string]string{
		"en": "The proposal has been published (active pairs: 1). Computing again proposes mentors for the mentees still without one.",
		"fr": "La proposition a été publiée (binômes actifs : 1). Un nouveau calcul propose des mentors aux mentorés qui n’en ont pas encore.",
		"sv": "Förslaget har publicerats (aktiva par: 1). En ny beräkning föreslår mentorer för de adepter som fortfarande saknar en.",
	} {
		w.build.Update(w.people["coord"], map[string]any{"locale": locale})
		mustShow(t, handler, console, coord, 200, []string{`<p id="console-drafts-published">` + want + "</p>"}, nil)
	}
}

// ?run= only reports the run just made: a value no run gives (typed by hand, an old link)
// shows the console without a run's message, rather than claim a proposal whose optimality
// could not be proven.
func TestConsoleIgnoresAnUnknownRun(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	handler := newHandler(t, w.app)
	coord := invitationBrowser(t, w, "coord")
	mustShow(t, handler, console+"?run=bogus", coord, 200, []string{`id="console-no-drafts"`},
		[]string{`id="console-run-status"`, "could not be proven", "New proposal computed"})
	mustShow(t, handler, console+"?run=feasible", coord, 200,
		[]string{`id="console-run-status"`, "New proposal computed, but its optimality could not be proven."}, nil)
}

// By default a shared language is a must-have: a mentee is never proposed a mentor they cannot
// talk to, even when that mentor's seat would otherwise go unused.
func TestConsoleNeverProposesAPairWithoutACommonLanguage(t *testing.T) {
	t.Parallel()
	swedishOnly := func(t testing.TB, w *matchingWorld) {
		max := w.apps["max"]
		max.Set("languages", []string{"sv"})
		if err := w.app.Save(max); err != nil {
			t.Fatal(err)
		}
	}
	w := seedMatching(t)
	swedishOnly(t, w)
	mwDraft("nina", "lena")(t, w)
	excluded, err := w.app.FindRecordById("matches", mwDraftID("nina", "lena"))
	if err != nil {
		t.Fatal(err)
	}
	excluded.Set("excluded", true)
	if err := w.app.Save(excluded); err != nil {
		t.Fatal(err)
	}
	handler := newHandler(t, w.app)
	coord := invitationBrowser(t, w, "coord")
	mustPost(t, handler, console+"/run", coord)
	if n, _ := w.app.CountRecords("matches", dbx.HashExp{"mentee": mwApp("nina"), "mentor": mwApp("max")}); n != 0 {
		t.Errorf("Nina (French) was proposed Max (Swedish only)")
	}
	mustShow(t, handler, console, coord, 200, []string{"<strong>Nina Novice</strong> — no mentor is allowed"}, nil)
}
