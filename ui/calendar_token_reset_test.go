package ui_test

import (
	"net/http"
	"testing"
)

func TestCalendarTokenResetReplacesTheToken(t *testing.T) {
	t.Parallel()
	app, people := seedWorld(t)
	before := people["ada"].GetString("calendar_token")
	res := do(newHandler(t, app), http.MethodPost, "/account/calendar-token", form(true), formHeaders(cookies(t, people["ada"])))
	after, _ := app.FindRecordById("users", people["ada"].Id)
	if res.Code != 303 || after.GetString("calendar_token") == before || before == "" {
		t.Errorf("%d: token %q → %q", res.Code, before, after.GetString("calendar_token"))
	}
}
