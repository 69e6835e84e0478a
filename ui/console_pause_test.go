package ui_test

import (
	"testing"
	"time"

	"github.com/pocketbase/dbx"

	"github.com/mentorbase/mentorbase/kernel"
)

// TestTheConsoleShowsAPausedMentor: the console's run still proposes a mentor who paused new
// mentees, a coordinator's call, and says so: a badge on the draft with a word on what it
// means, the pause and a full mentor's seats in the "Pair by hand" choice, and a notice on the
// preview of a pair with them. A mentor taking mentees shows none of it.
func TestTheConsoleShowsAPausedMentor(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	until := time.Now().AddDate(0, 0, 10)
	w.build.Update(w.apps["lena"], map[string]any{"paused_until": until})
	day := kernel.PauseDay(until, w.paired)
	handler := newHandler(t, w.app)
	coord := invitationBrowser(t, w, "coord")

	mustPost(t, handler, console+"/run", coord)
	if n, _ := w.app.CountRecords("matches", dbx.HashExp{"mentor": mwApp("lena"), "status": "draft"}); n != 1 {
		t.Fatalf("the run proposed the paused mentor %d times, want once", n)
	}
	mustShow(t, handler, console, coord, 200, []string{
		`Lena Lead <span class="badge full">Paused until ` + day + `</span>`, `id="console-paused-hint"`,
		">Lena Lead — Paused until " + day + ", full: 1 of 1 seats taken</option>",
		">Max Money — full: 1 of 1 seats taken</option>",
	}, []string{`Max Money <span class="badge full">`})
	mustShow(t, handler, console+"/assign?mentee="+mwApp("omar")+"&mentor="+mwApp("lena"), coord, 200,
		[]string{`id="console-assign-paused"`, "Lena Lead is not taking new mentees until " + day}, nil)
	mustShow(t, handler, console+"/assign?mentee="+mwApp("nina")+"&mentor="+mwApp("max"), coord, 200,
		nil, []string{`id="console-assign-paused"`})
}
