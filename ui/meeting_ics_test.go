package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

func TestMeetingICSIsForMembersOnly(t *testing.T) {
	t.Parallel()
	url := "/meetings/" + wid("meetinga") + ".ics"
	for _, v := range []struct {
		person string
		status int
		want   []string
	}{
		{"sven", 200, []string{"BEGIN:VCALENDAR", "METHOD:REQUEST", "UID:meeting-" + wid("meetinga") + "@portal.test"}},
		{"coord", 404, []string{"Page not found"}},
		{"bob", 404, []string{"Page not found"}},
		{"other", 404, []string{"Page not found"}},
	} {
		headers, factory := as(seedPairs, v.person)
		(&tests.ApiScenario{Name: v.person, Method: http.MethodGet, URL: url, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: v.status, ExpectedContent: v.want}).Test(t)
	}
}
