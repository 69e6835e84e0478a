package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestTheHelpFormComesWithThePair: a participant opening the help form from a pair finds it
// chosen; the programme, named in English only, is marked so on his French page, alone and
// after his partner's name.
func TestTheHelpFormComesWithThePair(t *testing.T) {
	t.Parallel()
	headers, factory := as(seedWork, "sven")
	(&tests.ApiScenario{Name: "the form comes with the pair chosen from ?match=", Method: http.MethodGet,
		URL: "/help?match=" + wid("matcha"), Headers: headers, TestAppFactory: factory, ExpectedStatus: 200,
		ExpectedContent: []string{"Besoin d&#39;aide ?", `<option value="` + wid("matcha") + `" selected lang="en">Marie Person — Alumni mentoring</option>`,
			`selected lang="en">Alumni mentoring</option>`, `action="/help"`}}).Test(t)
}
